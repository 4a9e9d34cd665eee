using System.Management.Automation;
using NexudusCommunity.Api;
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
                TryRecord(name, () => WriteObject(Run(ct => client.GetEnumAsync(name.Trim(), ct)), enumerateCollection: true));
        }
    }
}
