using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace NexudusCommunity.Cmdlets.Sandbox
{
    /// <summary>
    /// Which sandbox program to run, and how: a -Path given, else the copy the module carries (built with it, so it
    /// knows what this module version sends), else the nexudus-sandbox dotnet tool. A dll runs through dotnet.
    /// </summary>
    internal sealed class SandboxProgram(string fileName, string assembly, string shown)
    {
        public const string ToolCommand = "nexudus-sandbox";
        public const string AssemblyFileName = "NexudusCommunity.Sandbox.dll";
        public const string InstallAdvice =
            "Install the sandbox as a dotnet tool: dotnet tool install --global NexudusCommunity.Sandbox " +
            "(it needs the .NET 10 runtime with ASP.NET Core), or pass -Path with the sandbox's folder, its " + AssemblyFileName + " or its program.";

        /// <summary>The program started: dotnet for a dll, else the sandbox's own program.</summary>
        public string FileName { get; } = fileName;

        /// <summary>The dll given to dotnet, or null.</summary>
        public string Assembly { get; } = assembly;

        /// <summary>What the user knows it as: the dll or the tool's path.</summary>
        public string Shown { get; } = shown;

        public static string CarriedCopy =>
            System.IO.Path.Combine(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(typeof(SandboxProgram).Assembly.Location) ?? ".", "Sandbox"), AssemblyFileName);

        /// <summary>The program for -Path (a file or folder), or the one found; throws with what to do when none is.</summary>
        public static SandboxProgram Find(string path)
        {
            if (!string.IsNullOrEmpty(path))
            {
                if (Directory.Exists(path))
                {
                    var inFolder = System.IO.Path.Combine(path, AssemblyFileName);
                    if (File.Exists(inFolder)) return ForDll(inFolder);
                    var tool = ExecutableIn(path, ToolCommand);
                    if (tool != null) return new SandboxProgram(tool, null, tool);
                    throw new FileNotFoundException($"-Path: the folder '{path}' holds neither {AssemblyFileName} nor {ToolCommand}. {InstallAdvice}");
                }
                if (!File.Exists(path)) throw new FileNotFoundException($"-Path: there is no file or folder '{path}'. {InstallAdvice}");
                return path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? ForDll(path) : new SandboxProgram(path, null, path);
            }
            if (File.Exists(CarriedCopy)) return ForDll(CarriedCopy);
            var onPath = OnPath(ToolCommand) ?? ExecutableIn(DefaultToolFolder(), ToolCommand);
            if (onPath != null) return new SandboxProgram(onPath, null, onPath);
            throw new FileNotFoundException($"No sandbox found: the module carries none ({CarriedCopy} is missing) and '{ToolCommand}' is not on PATH. {InstallAdvice}");
        }

        /// <summary>The process's arguments: the dll first when dotnet runs it, then the sandbox's options.</summary>
        public string Arguments(IEnumerable<string> options)
        {
            var all = Assembly == null ? options : new[] { Assembly }.Concat(options);
            return string.Join(" ", all.Select(Quote));
        }

        private static SandboxProgram ForDll(string dll)
        {
            var full = System.IO.Path.GetFullPath(dll);
            return new SandboxProgram(DotnetHost(), full, full);
        }

        private static string DotnetHost()
        {
            var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            if (!string.IsNullOrEmpty(host) && File.Exists(host)) return host;
            var found = OnPath("dotnet");
            if (found != null) return found;
            var root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
            found = string.IsNullOrEmpty(root) ? null : ExecutableIn(root, "dotnet");
            return found ?? throw new FileNotFoundException(
                "dotnet is not on PATH: the sandbox runs on the .NET 10 runtime with ASP.NET Core (https://dot.net). Install it, or pass -Path with a self-contained sandbox program.");
        }

        private static string DefaultToolFolder()
        {
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            return string.IsNullOrEmpty(home) ? null : System.IO.Path.Combine(System.IO.Path.Combine(home, ".dotnet"), "tools");
        }

        private static string OnPath(string command) =>
            (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(new[] { System.IO.Path.PathSeparator }, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => ExecutableIn(folder.Trim('"'), command))
            .FirstOrDefault(found => found != null);

        private static string ExecutableIn(string folder, string command)
        {
            if (string.IsNullOrEmpty(folder)) return null;
            try
            {
                var name = System.IO.Path.Combine(folder, RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? command + ".exe" : command);
                return File.Exists(name) ? name : null;
            }
            catch (ArgumentException)
            {
                return null; // a PATH entry with characters a path cannot hold
            }
        }

        /// <summary>One argument as the C runtime's (and .NET's) command-line parser reads it back.</summary>
        internal static string Quote(string argument)
        {
            if (argument.Length > 0 && argument.IndexOfAny(new[] { ' ', '\t', '"' }) < 0) return argument;
            var quoted = new StringBuilder("\"");
            var backslashes = 0;
            foreach (var c in argument)
            {
                if (c == '\\') { backslashes++; continue; }
                quoted.Append('\\', c == '"' ? backslashes * 2 + 1 : backslashes);
                backslashes = 0;
                quoted.Append(c);
            }
            quoted.Append('\\', backslashes * 2).Append('"');
            return quoted.ToString();
        }
    }
}
