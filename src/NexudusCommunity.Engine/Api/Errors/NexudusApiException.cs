namespace NexudusCommunity.Api.Errors
{
    /// <summary>A failed call to the Nexudus API, with what the server said about it.</summary>
    public sealed class NexudusApiException : Exception
    {
        public NexudusApiException(ApiErrorKind kind, string message, int? statusCode = null,
            IReadOnlyList<FieldError> fieldErrors = null, string requiredRole = null, Exception inner = null)
            : base(message, inner)
        {
            Kind = kind;
            StatusCode = statusCode;
            FieldErrors = fieldErrors ?? Array.Empty<FieldError>();
            RequiredRole = requiredRole;
        }

        public ApiErrorKind Kind { get; }
        public int? StatusCode { get; }
        public IReadOnlyList<FieldError> FieldErrors { get; }

        /// <summary>The role the call needs, when the server named it or the API reference does.</summary>
        public string RequiredRole { get; }

        /// <summary>The server's machine-readable error, when it gave one (the token endpoint's "two_factor_auth_check").</summary>
        public string ErrorCode { get; set; }

        /// <summary>For a write whose answer failed or was lost: what that says about whether the server acted.</summary>
        public LostAnswer LostAnswer { get; set; }

        /// <summary>For <see cref="ApiErrorKind.BudgetSpent"/>: which budget, how much of it is used, and when it renews.</summary>
        public SpentBudget SpentBudget { get; set; }

        /// <summary>
        /// The step that failed is the sign-in, not the request that needed it: the message names it, and no
        /// request's target is put before it ("Business list, page 1: ...").
        /// </summary>
        public bool DuringSignIn { get; set; }

        /// <summary>The fields the server refused, for error ids and targets.</summary>
        public IEnumerable<string> FieldNames => FieldErrors.Select(e => e.PropertyName).Where(n => !string.IsNullOrEmpty(n));
    }
}
