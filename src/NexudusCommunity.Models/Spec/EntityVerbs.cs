using System;

namespace NexudusCommunity.Models.Spec
{
    /// <summary>The standard cmdlets an entity has (Get-, New-, Set-, Remove-), generated from its description.</summary>
    [Flags]
    public enum EntityVerbs
    {
        None = 0,
        Get = 1,
        New = 2,
        Set = 4,
        Remove = 8,
        All = Get | New | Set | Remove,
    }
}
