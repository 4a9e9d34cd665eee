using System;
using System.Collections.Generic;
using System.Management.Automation;
using NexudusCommunity.Api.Entities;
using NexudusCommunity.Api.Paging;
using NexudusCommunity.Cmdlets.Base;
using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.Businesses
{
    /// <summary>Lists the account's businesses, so a script can pick the BusinessId its records belong to.</summary>
    [Cmdlet(VerbsCommon.Get, "NexudusBusiness", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Business))]
    public sealed class GetNexudusBusinessCommand : GetRecordCmdlet<Business>
    {
        /// <summary>Name, or a wildcard pattern.</summary>
        [Parameter(ParameterSetName = ListSet, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; }

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            FilterPatterns.RefuseWildcardOnly(this, "Name", Name);
        }

        protected override EntityDefinition<Business> Definition => EntityCatalog.Businesses;

        protected override IReadOnlyList<string> SortFields { get; } = new[] { "Id", "Name" };

        // The businesses endpoint takes no documented filters: names are matched here.
        protected override void AddFilters(ListQuery query)
        {
        }

        protected override Func<Business, bool> LocalFilter
        {
            get
            {
                var name = NamePattern.Parse(Name);
                return name == null ? null : (Func<Business, bool>)(b => name.IsMatch(b.Name));
            }
        }
    }
}
