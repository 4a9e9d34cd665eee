using System.Collections.Generic;

namespace NexudusCommunity.Cmdlets.Base
{
    /// <summary>The fields a Set-X really changed (a value set to what it already was is no change).</summary>
    public sealed class FieldChanges
    {
        private readonly List<string> _names = new List<string>();

        public IReadOnlyList<string> Names => _names;

        public void Set<TValue>(string field, TValue before, TValue after)
        {
            if (!EqualityComparer<TValue>.Default.Equals(before, after)) Add(field);
        }

        public void Add(string field)
        {
            if (!_names.Contains(field)) _names.Add(field);
        }
    }
}
