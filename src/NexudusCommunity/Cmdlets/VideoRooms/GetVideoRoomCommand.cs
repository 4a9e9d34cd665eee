using System;
using System.Collections.Generic;
using System.Management.Automation;
using NexudusCommunity.Api.Entities;
using NexudusCommunity.Api.Paging;
using NexudusCommunity.Cmdlets.Base;
using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.VideoRooms
{
    /// <summary>Gets video rooms by Id, or lists them by name, business and whether they are active.</summary>
    [Cmdlet(VerbsCommon.Get, "VideoRoom", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(VideoRoom))]
    public sealed class GetVideoRoomCommand : GetRecordCmdlet<VideoRoom>
    {
        /// <summary>Name, or a wildcard pattern such as 'Room*'.</summary>
        [Parameter(ParameterSetName = ListSet, Position = 0)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NameCompleter))]
        public string Name { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ValidateRange(1, int.MaxValue)]

        [ArgumentCompleter(typeof(BusinessIdCompleter))]
        public int? BusinessId { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        public bool? Active { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        public DateTime? CreatedAfter { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        public DateTime? CreatedBefore { get; set; }

        protected override EntityDefinition<VideoRoom> Definition => EntityCatalog.VideoRooms;

        protected override IReadOnlyList<string> SortFields { get; } =
            new[] { "Id", "Name", "NumberOfParticipants", "Active", "BusinessId", "CreatedOn", "UpdatedOn" };

        private NamePattern NamePattern => NamePattern.Parse(Name);

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            FilterPatterns.RefuseWildcardOnly(this, "Name", Name);
            DateRanges.Check(this, "CreatedAfter", CreatedAfter, "CreatedBefore", CreatedBefore);
        }

        protected override void AddFilters(ListQuery query) =>
            query.Equal("Name", NamePattern?.ServerFilter)
                .Equal("Business", BusinessId)
                .Equal("Active", Active)
                .Range("CreatedOn", CreatedAfter, CreatedBefore);

        protected override Func<VideoRoom, bool> LocalFilter
        {
            get
            {
                var name = NamePattern;
                return name == null ? null : (Func<VideoRoom, bool>)(r => name.IsMatch(r.Name));
            }
        }
    }
}
