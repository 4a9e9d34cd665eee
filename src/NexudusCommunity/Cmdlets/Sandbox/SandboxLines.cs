using System.Collections.Concurrent;

namespace NexudusCommunity.Cmdlets.Sandbox
{
    internal static class SandboxLines
    {
        /// <summary>Adds a line the sandbox wrote, unless nobody reads them any more (it runs on a stream's reader thread: it must not throw).</summary>
        public static void TryAddUnlessCompleted(this BlockingCollection<string> lines, string line)
        {
            try
            {
                lines.Add(line);
            }
            catch (InvalidOperationException)
            {
                // completed meanwhile
            }
        }
    }
}
