using System.Reflection;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.Loader;

namespace NexudusCommunity.Isolation;

/// <summary>
/// The module's own load context: NexudusCommunity.Engine and its third-party dependencies load here from the
/// module's Dependencies folder, whatever versions other modules have loaded into the shared default context.
/// Assemblies the runtime itself provides (its trusted platform assemblies: System.*, and any the host ships) are
/// left to the default context, so BCL types stay one and the same across contexts. So is NexudusCommunity.Models,
/// the types scripts name ([NexudusCommunity.Models.CommunityGroup]): PowerShell resolves type names only from the
/// default context, and the engine must share those very types with the cmdlets.
/// </summary>
public sealed class ModuleLoadContext : AssemblyLoadContext
{
    public const string ContextName = "NexudusCommunity";
    public const string EngineName = "NexudusCommunity.Engine";
    public const string ModelsName = "NexudusCommunity.Models";

    private static readonly object Gate = new();
    private static ModuleLoadContext? _installed;
    private readonly string _folder;
    private readonly HashSet<string> _platform;

    private ModuleLoadContext(string folder) : base(ContextName, isCollectible: false)
    {
        _folder = folder;
        _platform = ((AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string) ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Creates the context once per process and lets the default context find the engine in it: the cmdlet
    /// assembly (in the default context) references the engine, and through it everything else.
    /// </summary>
    public static void Install(string dependencyFolder)
    {
        lock (Gate)
        {
            if (_installed != null) return;
            var context = new ModuleLoadContext(dependencyFolder);
            var models = Path.Combine(dependencyFolder, ModelsName + ".dll");
            Default.Resolving += (_, name) =>
                string.Equals(name.Name, EngineName, StringComparison.OrdinalIgnoreCase) ? context.LoadFromAssemblyName(name)
                : string.Equals(name.Name, ModelsName, StringComparison.OrdinalIgnoreCase) && File.Exists(models) ? Default.LoadFromAssemblyPath(models)
                : null;
            _installed = context;
        }
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var name = assemblyName.Name;
        // null: the default context binds it (and, for the models, finds them through Resolving above).
        if (name == null || _platform.Contains(name) || string.Equals(name, ModelsName, StringComparison.OrdinalIgnoreCase)) return null;
        var path = Path.Combine(_folder, name + ".dll");
        return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
    }
}
