using System.Diagnostics;

namespace NexudusCommunity.Sandbox;

/// <summary>
/// --parent-pid: a sandbox started for a test session ends with the PowerShell that started it, even when that one
/// was killed and never got to stop it. The parent is polled (it is not our parent in the OS's sense on every
/// platform, so there is no exit signal to wait for); its start time guards against a reused process id.
/// </summary>
internal static class ParentWatch
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    public static async Task StopWhenGoneAsync(int processId, TaskCompletionSource stop)
    {
        var started = StartTime(processId);
        if (started == null)
        {
            Console.Error.WriteLine($"The parent process {processId} is not running: stopping.");
            stop.TrySetResult();
            return;
        }
        while (!stop.Task.IsCompleted)
        {
            await Task.WhenAny(stop.Task, Task.Delay(Interval));
            if (StartTime(processId) != started)
            {
                Console.Error.WriteLine($"The parent process {processId} has ended: stopping.");
                stop.TrySetResult();
            }
        }
    }

    /// <summary>Linux: a killed process its own parent has not reaped yet still answers to its id.</summary>
    private static bool IsZombie(int processId)
    {
        var stat = $"/proc/{processId}/stat";
        if (!OperatingSystem.IsLinux() || !File.Exists(stat)) return false;
        try
        {
            var text = File.ReadAllText(stat);
            var afterName = text.LastIndexOf(')');
            return afterName > 0 && afterName + 2 < text.Length && text[afterName + 2] == 'Z';
        }
        catch (IOException)
        {
            return true;
        }
    }

    /// <summary>When the process started, or null when there is none with that id (or it has exited).</summary>
    private static DateTime? StartTime(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return process.HasExited || IsZombie(processId) ? null : process.StartTime;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
