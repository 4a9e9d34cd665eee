using System;
using System.Management.Automation;
using NexudusCommunity.Cmdlets.Base;
using NexudusCommunity.Cmdlets.Completion;
using NexudusCommunity.Cmdlets.Input;
using NexudusCommunity.Models;

// The replies in discussion board threads: Get, New, Set and Remove-CommunityMessage.
namespace NexudusCommunity.Cmdlets.CommunityMessages
{
    /// <summary>Completes a parameter that names a thread (-CommunityThread) with subjects from the server.</summary>
    public sealed class CommunityThreadSubjectCompleter : NameCompleter<CommunityThread>
    {
    }

    /// <summary>Gets messages by Id, or lists them by thread (piped threads too), poster, text and dates.</summary>
    [Cmdlet(VerbsCommon.Get, "CommunityMessage", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(CommunityMessage))]
    public sealed class GetCommunityMessageCommand : GetRecordCmdlet<CommunityMessage>
    {
        [Parameter(ParameterSetName = ListSet, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("CommunityThreadId")]
        [ArgumentCompleter(typeof(CommunityThreadSubjectCompleter))]
        public CommunityThread CommunityThread { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        public string Message { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        public long? UserId { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        public long? CoworkerId { get; set; }
    }

    /// <summary>Posts a reply in a thread (by Id, subject, or piped), as the thread's author unless told; returns it as stored.</summary>
    [Cmdlet(VerbsCommon.New, "CommunityMessage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CommunityMessage))]
    public sealed class NewCommunityMessageCommand : NewRecordCmdlet<CommunityMessage>
    {
        [Parameter(Mandatory = true, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("CommunityThreadId")]
        [Text(Required = true)]
        [ArgumentCompleter(typeof(CommunityThreadSubjectCompleter))]
        public CommunityThread CommunityThread { get; set; }

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Text(Required = true)]
        public string Message { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [WholeNumber]
        public long? UserId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [WholeNumber]
        public long? CoworkerId { get; set; }
    }

    /// <summary>Changes the text (or the poster) of messages and keeps the rest.</summary>
    [Cmdlet(VerbsCommon.Set, "CommunityMessage", DefaultParameterSetName = InputObjectSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CommunityMessage))]
    public sealed class SetCommunityMessageCommand : SetRecordCmdlet<CommunityMessage>
    {
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Text]
        public string Message { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [WholeNumber]
        public long? CoworkerId { get; set; }
    }

    /// <summary>Deletes messages by Id or from the pipeline (moderation).</summary>
    [Cmdlet(VerbsCommon.Remove, "CommunityMessage", DefaultParameterSetName = InputObjectSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveCommunityMessageCommand : RemoveRecordCmdlet<CommunityMessage>
    {
    }
}
