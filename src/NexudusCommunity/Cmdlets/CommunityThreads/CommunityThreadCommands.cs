using System;
using System.Management.Automation;
using NexudusCommunity.Cmdlets.Base;
using NexudusCommunity.Cmdlets.Completion;
using NexudusCommunity.Cmdlets.Input;
using NexudusCommunity.Models;

// The discussion board's conversations: Get, New, Set and Remove-CommunityThread.
namespace NexudusCommunity.Cmdlets.CommunityThreads
{
    /// <summary>Gets threads by Id, or lists them by subject, group (piped groups too), poster, tags and dates.</summary>
    [Cmdlet(VerbsCommon.Get, "CommunityThread", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(CommunityThread))]
    public sealed class GetCommunityThreadCommand : GetRecordCmdlet<CommunityThread>
    {
        [Parameter(ParameterSetName = ListSet, Position = 0)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NameCompleter))]
        public string Subject { get; set; }

        [Parameter(ParameterSetName = ListSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("CommunityGroupId")]
        [ArgumentCompleter(typeof(CommunityGroupNameCompleter))]
        public CommunityGroup CommunityGroup { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        public string Tags { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ArgumentCompleter(typeof(BusinessIdCompleter))]
        public long? BusinessId { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        public long? UserId { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        public long? CoworkerId { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [TrueFalse]
        public bool? Private { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        public DateTime? LastMessageAfter { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        public DateTime? LastMessageBefore { get; set; }
    }

    /// <summary>Posts a thread, in a group (named, by Id, or piped) or on the board open to all; returns it as stored.</summary>
    [Cmdlet(VerbsCommon.New, "CommunityThread", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CommunityThread))]
    public sealed class NewCommunityThreadCommand : NewRecordCmdlet<CommunityThread>
    {
        [Parameter(ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("CommunityGroupId")]
        [Text]
        [ArgumentCompleter(typeof(CommunityGroupNameCompleter))]
        public CommunityGroup CommunityGroup { get; set; }

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Text(Required = true)]
        public string Subject { get; set; }

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Text(Required = true)]
        public string Message { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Text]
        public string Tags { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [TrueFalse]
        public bool? Private { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [TrueFalse]
        public bool? InstantDelivery { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [WholeNumber]
        [ArgumentCompleter(typeof(BusinessIdCompleter))]
        public long? BusinessId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [WholeNumber]
        public long? UserId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [WholeNumber]
        public long? CoworkerId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Guests")]
        [WholeNumber]
        public long[] GuestId { get; set; }
    }

    /// <summary>Changes the named fields of a thread and keeps all the others, guests included.</summary>
    [Cmdlet(VerbsCommon.Set, "CommunityThread", DefaultParameterSetName = InputObjectSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CommunityThread))]
    public sealed class SetCommunityThreadCommand : SetRecordCmdlet<CommunityThread>
    {
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Text]
        public string Subject { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Text]
        public string Message { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [Alias("CommunityGroupId")]
        [Text]
        [ArgumentCompleter(typeof(CommunityGroupNameCompleter))]
        public CommunityGroup CommunityGroup { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowNull, AllowEmptyString]
        [Text]
        public string Tags { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [TrueFalse]
        public bool? Private { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [TrueFalse]
        public bool? InstantDelivery { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [WholeNumber]
        public long[] AddGuest { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [WholeNumber]
        public long[] RemoveGuest { get; set; }
    }

    /// <summary>Deletes threads (and with them their messages) by Id or from the pipeline.</summary>
    [Cmdlet(VerbsCommon.Remove, "CommunityThread", DefaultParameterSetName = InputObjectSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveCommunityThreadCommand : RemoveRecordCmdlet<CommunityThread>
    {
    }
}
