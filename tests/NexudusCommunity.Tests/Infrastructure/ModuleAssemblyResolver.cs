using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace NexudusCommunity.Tests.Infrastructure;

/// <summary>
/// The tests use the module's types (CommunityGroup...) and Import-Module loads the module's assembly from
/// out/NexudusCommunity. Both must be the same loaded assembly, or a CommunityGroup from the pipeline would not
/// be a CommunityGroup to the test. The test build does not copy the module assembly; this resolves it from the
/// module folder, the same file Import-Module loads.
/// </summary>
internal static class ModuleAssemblyResolver
{
    [ModuleInitializer]
    internal static void Register() =>
        AssemblyLoadContext.Default.Resolving += (context, name) =>
        {
            if (name.Name != "NexudusCommunity") return null;
            var path = Path.Combine(Path.GetDirectoryName(RepoPaths.ModuleManifest)!, "NexudusCommunity.dll");
            return File.Exists(path) ? context.LoadFromAssemblyPath(path) : null;
        };
}
