using System.Management.Automation;
using System.Reflection;
using NexudusCommunity.Models;
using NexudusCommunity.Models.Spec;
using NexudusCommunity.Sandbox;
using Xunit;

namespace NexudusCommunity.Tests;

/// <summary>An [Entity] model is all a standard entity needs: the sandbox serves it and the module has its cmdlets.</summary>
public sealed class EntityDescriptionTests
{
    private static readonly Type[] Models = typeof(NexudusRecord).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && t.GetCustomAttribute<EntityAttribute>() != null).OrderBy(t => t.Name).ToArray();

    [Fact]
    public void The_sandbox_serves_every_entity_model()
    {
        Assert.NotEmpty(Models);
        Assert.Equal(Models, SandboxEntities.All.Select(e => e.Spec.ModelType).OrderBy(t => t.Name));
        // Read only as described: businesses and coworkers take no writes, groups do.
        Assert.False(SandboxEntities.Business.AcceptsWrites);
        Assert.False(SandboxEntities.Coworker.AcceptsWrites);
        Assert.True(SandboxEntities.CommunityGroup.AcceptsWrites);
    }

    [Fact]
    public void The_module_has_a_cmdlet_for_every_verb_each_entity_has()
    {
        var cmdlets = typeof(NexudusCommunity.Cmdlets.Base.NexudusCmdlet).Assembly.GetTypes()
            .Select(t => t.GetCustomAttribute<CmdletAttribute>()).OfType<CmdletAttribute>()
            .Select(a => a.VerbName + "-" + a.NounName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var model in Models)
        {
            var spec = EntitySpec.Of(model);
            foreach (var verb in new[] { EntityVerbs.Get, EntityVerbs.New, EntityVerbs.Set, EntityVerbs.Remove }.Where(v => spec.Verbs.HasFlag(v)))
                Assert.Contains($"{verb}-{spec.Noun}", cmdlets);
        }
        Assert.Contains("Get-NexudusCoworker", cmdlets);
        Assert.DoesNotContain("New-NexudusCoworker", cmdlets);
    }
}
