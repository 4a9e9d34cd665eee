using NexudusCommunity.Api;
using NexudusCommunity.Api.Errors;
using NexudusCommunity.Cmdlets.Base;
using NexudusCommunity.Cmdlets.Completion;
using NexudusCommunity.Connection;
using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.Enums
{
    /// <summary>The values of API enums (the numbers the API stores, with names and labels), from api/utils/enums.</summary>
    [Cmdlet(VerbsCommon.Get, "NexudusEnum")]
    [OutputType(typeof(NexudusEnumValue))]
    public sealed class GetNexudusEnumCommand : ConnectedCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ApiEnumNameCompleter))]
        public string[] Name { get; set; }

        protected override void ProcessRecord()
        {
            var client = ActiveConnection.Client();
            foreach (var name in Name)
                TryRecord(name, () => WriteObject(Read(client, name.Trim()), enumerateCollection: true));
        }

        /// <summary>An unknown name is said once, with the names the module knows to be there (the server lists none).</summary>
        private System.Collections.Generic.IReadOnlyList<NexudusEnumValue> Read(NexudusClient client, string name)
        {
            try
            {
                return Run(ct => client.GetEnumAsync(name, ct));
            }
            catch (NexudusApiException ex) when (ex.Kind == ApiErrorKind.NotFound)
            {
                throw new NexudusApiException(ApiErrorKind.NotFound,
                    $"Name: the server has no enum named '{name}'. Enums the module's fields use: {string.Join(", ", ApiEnumNameCompleter.Mirrored)} " +
                    "(names are as the API reference spells them, such as eCommunityThreadVisibility).", ex.StatusCode);
            }
        }
    }
}
