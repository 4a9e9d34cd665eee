namespace NexudusCommunity.Api.Http
{
    /// <summary>Per-request facts the handlers need, carried in the request's property bag.</summary>
    internal static class RequestFlags
    {
        private const string SafeToRepeatKey = "Nexudus.SafeToRepeat";
        private const string IsWriteKey = "Nexudus.IsWrite";

        /// <summary>A POST that the server treats as idempotent (sign-in) may be repeated like a GET.</summary>
        public static void MarkSafeToRepeat(HttpRequestMessage request) => request.Properties[SafeToRepeatKey] = true;

        public static bool IsSafeToRepeat(HttpRequestMessage request) =>
            request.Method != HttpMethod.Post || request.Properties.ContainsKey(SafeToRepeatKey);

        /// <summary>Writes count against their own, lower limit.</summary>
        public static bool IsWrite(HttpRequestMessage request) =>
            request.Method != HttpMethod.Get && request.Method != HttpMethod.Head && !request.Properties.ContainsKey(IsWriteKey + ".No");

        public static void MarkNotWrite(HttpRequestMessage request) => request.Properties[IsWriteKey + ".No"] = true;
    }
}
