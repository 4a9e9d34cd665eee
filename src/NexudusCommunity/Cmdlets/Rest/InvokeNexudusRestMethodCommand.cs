using System.Collections;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using NexudusCommunity.Api;
using NexudusCommunity.Api.Paging;
using NexudusCommunity.Cmdlets.Base;
using NexudusCommunity.Cmdlets.Input;
using NexudusCommunity.Connection;

namespace NexudusCommunity.Cmdlets.Rest
{
    /// <summary>
    /// Any call to the API by path, for what the module has no cmdlet for, through the connection's sign-in,
    /// pacing, retries and error mapping. Writes are confirmed like the other cmdlets' (DELETE is High impact).
    /// </summary>
    [Cmdlet(VerbsLifecycle.Invoke, "NexudusRestMethod", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(PSObject))]
    public sealed class InvokeNexudusRestMethodCommand : ConnectedCmdlet
    {
        [Parameter]
        [ValidateSet("Get", "Post", "Put", "Delete")]
        public string Method { get; set; } = "Get";

        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; }

        [Parameter]
        public IDictionary Query { get; set; }

        [Parameter]
        public object Body { get; set; }

        [Parameter]
        public SwitchParameter All { get; set; }

        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            var method = new HttpMethod(Method.ToUpperInvariant());
            ApiRequest request = null;
            try
            {
                if (All && method != HttpMethod.Get) throw new ParameterException("All", "All: reads every page of a list, so it goes with -Method Get only.");
                if (Body != null && (method == HttpMethod.Get || method == HttpMethod.Delete))
                    throw new ParameterException("Body", $"Body: a {method} request carries no body; use -Query for its parameters.");
                var body = Body == null ? null : JsonObjects.ToJson(Body, "Body");
                request = ActiveConnection.Client().Request(method, Path, QueryValues(), body);
            }
            catch (ArgumentException ex)
            {
                var parameter = (ex as ParameterException)?.Parameter ?? ex.ParamName ?? "Path";
                ThrowTerminatingError(ErrorRecords.InvalidArgument(parameter, ErrorRecords.MessageOf(ex), Path));
            }
            var target = request.Describe();
            if (method != HttpMethod.Get && !(ConfirmWrite(target, "Send") && ConfirmDelete(method, target))) return;
            var client = ActiveConnection.Client();
            TryRecord(target, () =>
            {
                if (All) ReadAllPages(client, request);
                else Write(Run(ct => client.SendJsonAsync(request, ct)));
            });
        }

        private void ReadAllPages(NexudusClient client, ApiRequest request)
        {
            var size = PageSetting("size") ?? PagePlan.MaxPageSize;
            var progress = new ProgressReporter(this, $"Reading {request.Path}");
            try
            {
                long read = 0;
                for (var page = PageSetting("page") ?? 1; ; page++)
                {
                    var result = Run(ct => client.GetPageAsync(request, page, size, ct));
                    foreach (var record in result.Records) WriteObject(JsonObjects.ToPowerShell(record));
                    read += result.Records.Count;
                    if (!result.HasNextPage) return;
                    progress.Show(result.TotalItems > 0 ? $"{read} of {result.TotalItems}" : $"{read} read",
                        result.TotalItems > 0 ? (int?)(read * 100 / result.TotalItems.Value) : null);
                }
            }
            finally
            {
                progress.Complete();
            }
        }

        /// <summary>An array answer is written one item at a time, as Invoke-RestMethod does; an empty answer writes nothing.</summary>
        private void Write(JsonElement? json)
        {
            if (json == null) return;
            var value = JsonObjects.ToPowerShell(json.Value);
            WriteObject(value, enumerateCollection: json.Value.ValueKind == JsonValueKind.Array);
        }

        /// <summary>
        /// DELETE is High impact, as every Remove- is: beyond ShouldProcess (Medium, which asks only when
        /// $ConfirmPreference is Medium or lower, or with -Confirm), it asks at the default preference too, unless -Force.
        /// </summary>
        private bool ConfirmDelete(HttpMethod method, string target)
        {
            if (method != HttpMethod.Delete || Force || IsBound("Confirm")) return true;
            var preference = GetVariableValue("ConfirmPreference") is ConfirmImpact impact ? impact : ConfirmImpact.High;
            if (preference != ConfirmImpact.High) return true;
            return Ask(() => ShouldContinue($"Send {target}? Deleting cannot be undone.", "Confirm"), target, "Send");
        }

        private IEnumerable<KeyValuePair<string, object>> QueryValues()
        {
            if (Query == null) yield break;
            foreach (DictionaryEntry entry in Query)
                yield return new KeyValuePair<string, object>(Convert.ToString(entry.Key), Plain(entry.Value));
        }

        private static object Plain(object value)
        {
            var plain = value is PSObject ps ? ps.BaseObject : value;
            return plain is IEnumerable list && !(plain is string) ? list.Cast<object>().Select(Plain).ToList() : plain;
        }

        private int? PageSetting(string name)
        {
            var value = Query?.Keys.Cast<object>().Where(k => string.Equals(Convert.ToString(k), name, StringComparison.OrdinalIgnoreCase))
                .Select(k => Plain(Query[k])).FirstOrDefault();
            return value != null && int.TryParse(Convert.ToString(value), out var number) && number > 0 ? number : (int?)null;
        }
    }
}
