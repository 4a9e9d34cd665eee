using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.CommunityGroups
{
    /// <summary>Removes members from a community group; asks first (High impact, as Remove-ADGroupMember) unless -Force.</summary>
    [Cmdlet(VerbsCommon.Remove, "CommunityGroupMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(CommunityGroup))]
    public sealed class RemoveCommunityGroupMemberCommand : GroupMembershipCmdlet
    {
        /// <summary>Remove without asking for confirmation (never past -WhatIf).</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override bool Adding => false;
    }
}
