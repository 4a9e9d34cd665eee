using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using System.Reflection;
using System.Runtime.InteropServices;

namespace NexudusCommunity.Loader
{
    /// <summary>
    /// Resolves the module's third-party dependencies (System.Text.Json, Microsoft.Extensions.*, ...) from the
    /// module's Dependencies/ folder.
    /// <list type="bullet">
    /// <item>Windows PowerShell 5.1 (.NET Framework) has no binding redirects for a module: an
    /// AppDomain.AssemblyResolve handler returns the file in Dependencies/ for any requested version of it.</item>
    /// <item>PowerShell 7 (.NET): NexudusCommunity.Isolation (net8.0, in Dependencies/) creates the module's own
    /// AssemblyLoadContext, in which NexudusCommunity.Engine and its dependencies load from Dependencies/ whatever
    /// versions other modules put in the shared default context; the cmdlet assembly reaches the engine through
    /// AssemblyLoadContext.Default.Resolving. A runtime older than .NET 8 (PowerShell 7.3 and earlier, all out of
    /// support) cannot load it, and the import says so.</item>
    /// </list>
    /// Runs as the manifest's first nested module, before PowerShell loads NexudusCommunity.dll.
    /// </summary>
    public sealed class DependencyLoader : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        /// <summary>The name of the PowerShell 7 load context that holds the dependencies.</summary>
        public const string LoadContextName = "NexudusCommunity.Dependencies";

        private const string ModelsAssemblyName = "NexudusCommunity.Models";

        private static readonly object Gate = new object();
        private static int _imports;
        private static Dictionary<string, string> _files;
        private static bool _isolated;
        private static readonly Dictionary<string, Assembly> Loaded = new Dictionary<string, Assembly>(StringComparer.OrdinalIgnoreCase);

        /// <summary>The folder the dependencies are resolved from.</summary>
        public static string DependencyFolder { get; } =
            Path.Combine(Path.GetDirectoryName(typeof(DependencyLoader).Assembly.Location) ?? ".", "Dependencies");

        /// <summary>True on .NET Framework (Windows PowerShell 5.1).</summary>
        public static bool IsNetFramework { get; } =
            RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.OrdinalIgnoreCase);

        public void OnImport()
        {
            lock (Gate)
            {
                if (_imports++ > 0) return;
                if (_files == null)
                {
                    _files = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                    if (Directory.Exists(DependencyFolder))
                        foreach (var file in Directory.GetFiles(DependencyFolder, "*.dll"))
                            _files[Path.GetFileNameWithoutExtension(file)] = file;
                }
                if (IsNetFramework) AppDomain.CurrentDomain.AssemblyResolve += OnAssemblyResolve;
                else if (!_isolated && !(_isolated = TryInstallIsolation()))
                {
                    _imports--;
                    throw new PlatformNotSupportedException(
                        $"NexudusCommunity needs Windows PowerShell 5.1, or PowerShell 7.4 or later (.NET 8 or later); this PowerShell runs on {RuntimeInformation.FrameworkDescription}.");
                }
            }
        }

        public void OnRemove(PSModuleInfo psModuleInfo)
        {
            lock (Gate)
            {
                if (_imports == 0 || --_imports > 0) return;
                // Assemblies already bound stay bound; only the hooks go.
                if (IsNetFramework) AppDomain.CurrentDomain.AssemblyResolve -= OnAssemblyResolve;
                // The isolating context stays for the process: assemblies loaded into it cannot be unloaded anyway.
            }
        }

        /// <summary>Installs the module's own load context from NexudusCommunity.Isolation; false if it cannot load.</summary>
        private static bool TryInstallIsolation()
        {
            if (!_files.TryGetValue("NexudusCommunity.Isolation", out var path)) return false;
            try
            {
                Assembly.LoadFrom(path)
                    .GetType("NexudusCommunity.Isolation.ModuleLoadContext", throwOnError: true)
                    .GetMethod("Install", BindingFlags.Public | BindingFlags.Static)
                    .Invoke(null, new object[] { DependencyFolder });
                return true;
            }
            catch (Exception ex) when (ex is BadImageFormatException || ex is FileLoadException || ex is TypeLoadException || ex is TargetInvocationException)
            {
                return false;
            }
        }

        /// <summary>.NET Framework: any version asked for resolves to the file present (the binding redirect).</summary>
        private static Assembly OnAssemblyResolve(object sender, ResolveEventArgs args)
        {
            var name = new AssemblyName(args.Name).Name;
            if (name == null || !_files.TryGetValue(name, out var path)) return null;
            lock (Loaded)
            {
                if (!Loaded.TryGetValue(name, out var assembly))
                    Loaded[name] = assembly = Assembly.LoadFrom(path);
                return assembly;
            }
        }
    }
}
