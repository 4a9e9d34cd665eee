using System.Management.Automation;

namespace NexudusCommunity.Cmdlets.Base
{
    internal static class FilterPatterns
    {
        /// <summary>
        /// A filter of nothing but wildcards ('*', '**', '?*') matches every record: usually an empty spreadsheet
        /// cell or variable in front of a '*'. Piped into Set or Remove it would touch everything, so it is refused;
        /// leaving the filter out lists everything on purpose.
        /// </summary>
        public static void RefuseWildcardOnly(PSCmdlet cmdlet, string parameter, string value)
        {
            if (string.IsNullOrEmpty(value) || value.Trim('*', '?', ' ').Length > 0) return;
            cmdlet.ThrowTerminatingError(ErrorRecords.InvalidArgument(parameter,
                $"{parameter}: '{value}' is only wildcards and would match every record. Leave -{parameter} out to list them all, or give part of a name.", value));
        }
    }
}
