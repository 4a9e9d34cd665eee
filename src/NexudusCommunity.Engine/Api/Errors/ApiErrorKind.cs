namespace NexudusCommunity.Api.Errors
{
    /// <summary>What went wrong, in the terms a caller acts on.</summary>
    public enum ApiErrorKind
    {
        /// <summary>The server rejected the data; see FieldErrors.</summary>
        Validation,
        /// <summary>The record does not exist (404).</summary>
        NotFound,
        /// <summary>Credentials were refused, or a token could not be obtained or refreshed.</summary>
        Authentication,
        /// <summary>Signed in, but the account lacks the role the call needs.</summary>
        Permission,
        /// <summary>The server kept throttling after every allowed retry.</summary>
        Throttled,
        /// <summary>The server failed (5xx) or said the operation failed, without field detail.</summary>
        Server,
        /// <summary>The answer could not be read (not JSON, truncated, HTML from a proxy).</summary>
        MalformedResponse,
        /// <summary>The request never got an answer (refused, dropped, timed out) and was not processed.</summary>
        Transport,
        /// <summary>A write may or may not have been applied: it was sent, and no answer came back.</summary>
        UnknownOutcome,
        /// <summary>The record changed on the server since the caller read it.</summary>
        Conflict,
        /// <summary>A budget that renews too slowly to wait for (a daily one) is spent: the request was not sent.</summary>
        BudgetSpent,
    }
}
