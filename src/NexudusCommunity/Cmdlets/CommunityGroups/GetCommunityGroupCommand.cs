using System;
using System.Collections.Generic;
using System.Management.Automation;
using NexudusCommunity.Api.Entities;
using NexudusCommunity.Api.Paging;
using NexudusCommunity.Cmdlets.Base;
using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.CommunityGroups
{
    /// <summary>Gets community groups by Id, or lists them by name, access, business, owner, member and dates.</summary>
    [Cmdlet(VerbsCommon.Get, "CommunityGroup", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(CommunityGroup))]
    public sealed class GetCommunityGroupCommand : GetRecordCmdlet<CommunityGroup>
    {
        /// <summary>Name, or a wildcard pattern such as 'Book*'.</summary>
        [Parameter(ParameterSetName = ListSet, Position = 0)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NameCompleter))]
        public string Name { get; set; }

        /// <summary>Description, or a wildcard pattern.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        public string Description { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        public GroupAccess? GroupAccess { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ValidateRange(1, int.MaxValue)]

        [ArgumentCompleter(typeof(BusinessIdCompleter))]
        public int? BusinessId { get; set; }

        /// <summary>The owner's user id.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateRange(1, int.MaxValue)]
        public int? UserId { get; set; }

        /// <summary>Only groups this user belongs to.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateRange(1, int.MaxValue)]
        public int? MemberId { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        public DateTime? CreatedAfter { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        public DateTime? CreatedBefore { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        public DateTime? UpdatedAfter { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        public DateTime? UpdatedBefore { get; set; }

        protected override EntityDefinition<CommunityGroup> Definition => EntityCatalog.CommunityGroups;

        protected override IReadOnlyList<string> SortFields { get; } =
            new[] { "Id", "Name", "Description", "GroupAccess", "BusinessId", "UserId", "CreatedOn", "UpdatedOn" };

        private NamePattern NamePattern => NamePattern.Parse(Name);
        private NamePattern DescriptionPattern => NamePattern.Parse(Description);

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            FilterPatterns.RefuseWildcardOnly(this, "Name", Name);
            FilterPatterns.RefuseWildcardOnly(this, "Description", Description);
            DateRanges.Check(this, "CreatedAfter", CreatedAfter, "CreatedBefore", CreatedBefore);
            DateRanges.Check(this, "UpdatedAfter", UpdatedAfter, "UpdatedBefore", UpdatedBefore);
        }

        protected override void AddFilters(ListQuery query)
        {
            query.Equal("Name", NamePattern?.ServerFilter)
                .Equal("Description", DescriptionPattern?.ServerFilter)
                .Equal("GroupAccess", GroupAccess)
                .Equal("Business", BusinessId)
                .Equal("User", UserId)
                .Equal("Members", MemberId)
                .Range("CreatedOn", CreatedAfter, CreatedBefore)
                .Range("UpdatedOn", UpdatedAfter, UpdatedBefore);
        }

        protected override Func<CommunityGroup, bool> LocalFilter
        {
            get
            {
                var name = NamePattern;
                var description = DescriptionPattern;
                if (name == null && description == null) return null;
                return g => (name == null || name.IsMatch(g.Name)) && (description == null || description.IsMatch(g.Description));
            }
        }
    }
}
