using System.Globalization;

namespace NexudusCommunity.Api
{
    /// <summary>Time spans as people read them in messages: "24 h", "1 min", "17 min 3 s", "0.4 s".</summary>
    internal static class Durations
    {
        public static string Describe(TimeSpan span)
        {
            if (span < TimeSpan.Zero) span = TimeSpan.Zero;
            if (span < TimeSpan.FromMinutes(1))
                return span.TotalSeconds.ToString(span < TimeSpan.FromSeconds(10) ? "0.#" : "0", CultureInfo.InvariantCulture) + " s";
            var days = (int)span.TotalDays;
            if (days >= 2) return Join(days, "days", span.Hours, "h");
            var hours = (int)span.TotalHours;
            if (hours >= 1) return Join(hours, "h", span.Minutes, "min");
            return Join((int)span.TotalMinutes, "min", span.Seconds, "s");
        }

        private static string Join(int major, string majorUnit, int minor, string minorUnit) =>
            minor == 0 ? $"{major} {majorUnit}" : $"{major} {majorUnit} {minor} {minorUnit}";
    }
}
