using System;
using System.Management.Automation;

namespace NexudusCommunity.Cmdlets.Base
{
    internal static class DateRanges
    {
        /// <summary>An empty range is a mistake, not a query: say so before asking the server.</summary>
        public static void Check(PSCmdlet cmdlet, string fromName, DateTime? from, string toName, DateTime? to)
        {
            if (from.HasValue && to.HasValue && from.Value > to.Value)
                cmdlet.ThrowTerminatingError(ErrorRecords.InvalidArgument(fromName,
                    $"{fromName} ({from.Value:u}) is later than {toName} ({to.Value:u}): no record can match.", from));
        }
    }
}
