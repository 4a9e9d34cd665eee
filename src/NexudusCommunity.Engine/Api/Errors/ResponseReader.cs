using System.Text.Json;
using System.Text.RegularExpressions;

namespace NexudusCommunity.Api.Errors
{
    /// <summary>
    /// Turns an HTTP answer into JSON or a <see cref="NexudusApiException"/>. Nexudus reports failure by status
    /// code, by <c>WasSuccessful: false</c> inside a 200, or both, and its errors may be JSON envelopes, plain
    /// text or a proxy's HTML page: every body is read before deciding.
    /// </summary>
    internal static class ResponseReader
    {
        private static readonly Regex RoleName = new Regex(@"\b([A-Z][A-Za-z]+-(?:List|Read|Create|Edit|Delete))\b");

        /// <summary>A 2xx answer that said WasSuccessful: false (found while reading it some other way): the envelope's failure.</summary>
        public static NexudusApiException Unsuccessful(ApiRequest request, int status, string body)
        {
            var json = TryParse(body);
            return json.HasValue && json.Value.ValueKind == JsonValueKind.Object
                ? Failure(request, status, json.Value, fallbackKind: ApiErrorKind.Server)
                : new NexudusApiException(ApiErrorKind.Server, $"{request.Describe()} failed: the server said it was not successful.", status);
        }

        /// <summary>A 2xx answer that is JSON but not of the shape the call expects.</summary>
        public static NexudusApiException WrongShape(ApiRequest request, int status, Exception problem) =>
            new NexudusApiException(ApiErrorKind.MalformedResponse,
                // The reader's own syntax errors carry a position; the shape checks do not.
                problem is JsonException json && json.BytePositionInLine.HasValue
                    ? $"{request.Describe()}: the server's answer is not valid JSON (cut short, or not JSON at all: {problem.Message})."
                    : $"{request.Describe()}: the server's answer does not have the expected shape ({problem.Message}).", status, inner: problem);

        /// <summary><paramref name="retryAfter"/>: whether the answer carried Retry-After (a 503 with it is the API's own, not a gateway's).</summary>
        public static JsonElement Read(ApiRequest request, int status, string reason, string body, string mediaType, bool retryAfter = false)
        {
            var json = TryParse(body);
            if (status >= 200 && status < 300)
            {
                if (json == null)
                    throw new NexudusApiException(ApiErrorKind.MalformedResponse,
                        $"{request.Describe()}: the server answered {status} but its body is not valid JSON{Snippet(body, mediaType)}.", status);
                var root = json.Value;
                if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("WasSuccessful", out var ok) && ok.ValueKind == JsonValueKind.False)
                    throw Failure(request, status, root, fallbackKind: ApiErrorKind.Server);
                return root;
            }
            throw FailureOf(request, status, reason, body, mediaType, retryAfter);
        }

        /// <summary>
        /// What a write's 5xx says about whether the server acted. The API's own 503 (a JSON answer or Retry-After)
        /// refuses before any work; a bare 503 may be a gateway that gave up waiting (some answer an origin timeout
        /// so), and a 504 is one: the API may still be at it. A 502 or a 500 without a Nexudus envelope ended
        /// somewhere unknown. A 500 with an envelope is the API's own verdict (validation failures arrive that way).
        /// </summary>
        private static LostAnswer LostAnswerOf(int status, NexudusApiException failure, bool fromTheApi)
        {
            switch (status)
            {
                case 503: return fromTheApi ? LostAnswer.NotActedOn : LostAnswer.MayStillRun;
                case 504: return LostAnswer.MayStillRun;
                case 502: return LostAnswer.Ended;
                case 500: return failure.Kind == ApiErrorKind.UnknownOutcome ? LostAnswer.Ended : LostAnswer.None;
                default: return LostAnswer.None;
            }
        }

        /// <summary>What a non-2xx answer means; for a write, also what it proves about whether the server acted.</summary>
        public static NexudusApiException FailureOf(ApiRequest request, int status, string reason, string body, string mediaType, bool retryAfter = false)
        {
            var json = TryParse(body);
            var failure = Failure(request, status, json, reason, body, mediaType);
            if (!request.IsIdempotent) failure.LostAnswer = LostAnswerOf(status, failure, retryAfter || json.HasValue);
            return failure;
        }

        private static NexudusApiException Failure(ApiRequest request, int status, JsonElement? json, string reason, string body, string mediaType)
        {
            var serverMessage = json.HasValue ? MessageOf(json.Value) : null;
            switch (status)
            {
                case 404:
                    var notFound = $"{request.Target ?? request.Path} was not found";
                    // The server's own words add nothing when they say the same thing.
                    var adds = serverMessage != null && !string.Equals(serverMessage.TrimEnd('.', ' '), notFound, StringComparison.OrdinalIgnoreCase);
                    return new NexudusApiException(ApiErrorKind.NotFound, notFound + (adds ? $": {serverMessage}" : "."), status);
                case 401:
                case 403:
                    return AccessRefused(request, status, serverMessage);
                case 409:
                case 429:
                    return new NexudusApiException(ApiErrorKind.Throttled,
                        $"{request.Describe()}: the server kept throttling ({status}) after every allowed retry." +
                        (serverMessage == null ? "" : $" It said: {serverMessage}"), status);
            }

            if (json.HasValue && json.Value.ValueKind == JsonValueKind.Object)
                return Failure(request, status, json.Value, status >= 500 ? ApiErrorKind.Server : ApiErrorKind.Validation);

            var what = mediaType != null && mediaType.IndexOf("html", StringComparison.OrdinalIgnoreCase) >= 0
                ? "an HTML page (typically from a proxy or gateway, not the API itself)"
                : "a body that is not a Nexudus answer";
            var kind = request.Method == HttpMethod.Post && status >= 500 ? ApiErrorKind.UnknownOutcome
                : status >= 500 ? ApiErrorKind.Server : ApiErrorKind.MalformedResponse;
            var fate = kind == ApiErrorKind.UnknownOutcome
                ? " The server may or may not have applied it, so it was not sent again."
                : "";
            return new NexudusApiException(kind,
                $"{request.Describe()}: the server answered {status} {reason} with {what}{Snippet(body, mediaType)}.{fate}", status);
        }

        /// <summary>A Nexudus envelope: Message plus per-field Errors.</summary>
        private static NexudusApiException Failure(ApiRequest request, int status, JsonElement envelope, ApiErrorKind fallbackKind)
        {
            var fields = FieldErrorsOf(envelope);
            var message = MessageOf(envelope);
            var detail = fields.Count > 0 ? string.Join("; ", fields.Select(f => f.ToString())) : message ?? "no reason given";
            var text = $"{request.Describe()} failed: {detail}";
            if (fields.Count > 0 && message != null && !detail.Contains(message)) text += $" ({message})";
            return new NexudusApiException(fields.Count > 0 ? ApiErrorKind.Validation : fallbackKind, text, status, fields);
        }

        private static NexudusApiException AccessRefused(ApiRequest request, int status, string serverMessage)
        {
            var named = serverMessage == null ? null : RoleName.Match(serverMessage);
            var role = named != null && named.Success ? named.Groups[1].Value : request.RequiredRole;
            var saysRole = serverMessage != null && serverMessage.IndexOf("role", StringComparison.OrdinalIgnoreCase) >= 0;
            if (saysRole || status == 403)
                return new NexudusApiException(ApiErrorKind.Permission,
                    $"{request.Describe()} was refused ({status}): the account lacks the role '{role}'." +
                    (serverMessage == null ? "" : $" The server said: {serverMessage}"), status, requiredRole: role);
            return new NexudusApiException(ApiErrorKind.Authentication,
                $"{request.Describe()} was refused ({status}): the credentials were not accepted" +
                (role == null ? "" : $", or the account lacks the role '{role}' this call needs") + "." +
                (serverMessage == null ? "" : $" The server said: {serverMessage}"), status, requiredRole: role);
        }

        private static string MessageOf(JsonElement root)
        {
            if (root.ValueKind == JsonValueKind.String) return root.GetString();
            if (root.ValueKind != JsonValueKind.Object) return null;
            foreach (var name in new[] { "Message", "message", "error_description", "error" })
                if (root.TryGetProperty(name, out var m) && m.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(m.GetString()))
                    return m.GetString();
            return null;
        }

        private static IReadOnlyList<FieldError> FieldErrorsOf(JsonElement envelope)
        {
            var list = new List<FieldError>();
            if (envelope.ValueKind != JsonValueKind.Object || !envelope.TryGetProperty("Errors", out var errors) || errors.ValueKind != JsonValueKind.Array)
                return list;
            foreach (var e in errors.EnumerateArray())
            {
                if (e.ValueKind != JsonValueKind.Object) continue;
                list.Add(new FieldError(StringOf(e, "PropertyName"), StringOf(e, "Message") ?? "invalid", StringOf(e, "AttemptedValue")));
            }
            return list;
        }

        private static string StringOf(JsonElement e, string name)
        {
            if (!e.TryGetProperty(name, out var v)) return null;
            switch (v.ValueKind)
            {
                case JsonValueKind.String: return v.GetString();
                case JsonValueKind.Null:
                case JsonValueKind.Undefined: return null;
                default: return v.GetRawText();
            }
        }

        private static JsonElement? TryParse(string body)
        {
            if (string.IsNullOrWhiteSpace(body)) return null;
            try
            {
                using (var doc = JsonDocument.Parse(body))
                    return doc.RootElement.Clone();
            }
            catch (JsonException)
            {
                return null;
            }
        }

        private static string Snippet(string body, string mediaType)
        {
            if (string.IsNullOrWhiteSpace(body)) return " (empty body)";
            var text = Regex.Replace(body, "<[^>]+>", " ");
            text = Regex.Replace(text, @"\s+", " ").Trim();
            if (text.Length > 120) text = text.Substring(0, 120) + "…";
            return $" ({mediaType ?? "no content type"}: \"{text}\")";
        }
    }
}
