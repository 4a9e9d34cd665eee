using System.Globalization;

namespace NexudusCommunity.Api
{
    /// <summary>An ordered list of query parameters, encoded once when the request is built.</summary>
    public sealed class QueryString
    {
        private readonly List<KeyValuePair<string, string>> _pairs = new List<KeyValuePair<string, string>>();

        public IReadOnlyList<KeyValuePair<string, string>> Pairs => _pairs;

        public QueryString Add(string name, string value)
        {
            if (value != null) _pairs.Add(new KeyValuePair<string, string>(name, value));
            return this;
        }

        public QueryString Add(string name, int value) => Add(name, value.ToString(CultureInfo.InvariantCulture));

        public QueryString Add(string name, bool value) => Add(name, value ? "true" : "false");

        /// <summary>Dates go as UTC, to the second; the API accepts the ISO form.</summary>
        public QueryString Add(string name, DateTime value) =>
            Add(name, value.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));

        public QueryString Set(string name, string value)
        {
            _pairs.RemoveAll(p => p.Key == name);
            return Add(name, value);
        }

        public QueryString Clone()
        {
            var copy = new QueryString();
            copy._pairs.AddRange(_pairs);
            return copy;
        }

        public override string ToString() =>
            string.Join("&", _pairs.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
    }
}
