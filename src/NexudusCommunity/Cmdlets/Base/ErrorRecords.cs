using NexudusCommunity.Api.Auth;
using NexudusCommunity.Api.Errors;
using NexudusCommunity.Cmdlets.Input;

namespace NexudusCommunity.Cmdlets.Base
{
    /// <summary>Maps API failures to ErrorRecords with the category a script can branch on.</summary>
    internal static class ErrorRecords
    {
        public static ErrorRecord From(NexudusApiException ex, object target)
        {
            var record = new ErrorRecord(ex, "Nexudus" + ex.Kind, CategoryOf(ex.Kind), target);
            var advice = AdviceFor(ex);
            if (advice != null) record.ErrorDetails = new ErrorDetails(ex.Message) { RecommendedAction = advice };
            return record;
        }

        /// <summary>Bad input: the message already names the parameter, so the exception does not add it again.</summary>
        public static ErrorRecord InvalidArgument(string parameter, string message, object target) =>
            new ErrorRecord(new ParameterException(parameter, message), "InvalidArgument." + parameter, ErrorCategory.InvalidArgument, target);

        /// <summary>No live connection to work through; <paramref name="whatToDo"/> says how to get one.</summary>
        public static ErrorRecord NotConnected(string whatToDo) =>
            new ErrorRecord(new InvalidOperationException("Not connected to Nexudus: " + whatToDo), "NexudusNotConnected", ErrorCategory.ConnectionError, null);

        /// <summary>An ArgumentException's own words, without the "(Parameter 'x')" the runtime appends to them.</summary>
        public static string MessageOf(ArgumentException ex)
        {
            var message = ex.Message;
            if (string.IsNullOrEmpty(ex.ParamName)) return message;
            foreach (var suffix in new[] { $" (Parameter '{ex.ParamName}')", $"{Environment.NewLine}Parameter name: {ex.ParamName}" })
                if (message.EndsWith(suffix, StringComparison.Ordinal)) return message.Substring(0, message.Length - suffix.Length);
            return message;
        }

        public static ErrorCategory CategoryOf(ApiErrorKind kind)
        {
            switch (kind)
            {
                case ApiErrorKind.Validation: return ErrorCategory.InvalidData;
                case ApiErrorKind.NotFound: return ErrorCategory.ObjectNotFound;
                case ApiErrorKind.Authentication: return ErrorCategory.AuthenticationError;
                case ApiErrorKind.Permission: return ErrorCategory.PermissionDenied;
                case ApiErrorKind.Throttled:
                case ApiErrorKind.BudgetSpent: return ErrorCategory.LimitsExceeded;
                case ApiErrorKind.MalformedResponse: return ErrorCategory.InvalidResult;
                case ApiErrorKind.Transport: return ErrorCategory.ConnectionError;
                case ApiErrorKind.UnknownOutcome: return ErrorCategory.OperationTimeout;
                case ApiErrorKind.Conflict: return ErrorCategory.ResourceBusy;
                default: return ErrorCategory.ResourceUnavailable;
            }
        }

        private static string AdviceFor(NexudusApiException ex)
        {
            switch (ex.Kind)
            {
                case ApiErrorKind.Validation when ex.FieldNames.Any():
                    return "Correct " + string.Join(", ", ex.FieldNames.Distinct()) + " and try again.";
                case ApiErrorKind.Permission:
                    return ex.RequiredRole == null ? "Ask an administrator for the role this call needs." : $"Ask an administrator to grant the role '{ex.RequiredRole}'.";
                case ApiErrorKind.Authentication when ex.ErrorCode == TokenRefusal.TwoFactorCheck:
                    return "Run Connect-Nexudus again with -Totp and the code the authenticator app shows now.";
                case ApiErrorKind.Authentication when ex.ErrorCode == TokenRefusal.MustResetPassword:
                    return "Reset the account's password in the Nexudus dashboard, store the new one, then run Connect-Nexudus again.";
                case ApiErrorKind.Authentication:
                    return "Check the credentials, then run Connect-Nexudus again.";
                case ApiErrorKind.UnknownOutcome:
                    return "Check on the server whether the change was applied before trying again.";
                case ApiErrorKind.Conflict:
                    return "Read the record again and reapply the change, or use -Force to overwrite it.";
                default:
                    return null;
            }
        }
    }
}
