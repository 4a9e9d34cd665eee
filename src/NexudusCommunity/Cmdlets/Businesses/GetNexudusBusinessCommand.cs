using System.Management.Automation;
using NexudusCommunity.Cmdlets.Base;
using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.Businesses
{
    /// <summary>Lists the account's businesses, so a script can pick the BusinessId its records belong to.</summary>
    [Cmdlet(VerbsCommon.Get, "NexudusBusiness", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Business))]
    public sealed class GetNexudusBusinessCommand : GetRecordCmdlet<Business>
    {
        /// <summary>Name, or a wildcard pattern (matched here: the businesses endpoint takes no documented filters).</summary>
        [Parameter(ParameterSetName = ListSet, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; }
    }
}
