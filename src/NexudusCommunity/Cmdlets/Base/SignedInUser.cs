using NexudusCommunity.Api.Paging;
using NexudusCommunity.Cmdlets.Input;
using NexudusCommunity.Connection;
using NexudusCommunity.Models;
using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Cmdlets.Base
{
    /// <summary>
    /// The user account a connection signed in as, for a UserId a create needs and was not given. The API has no
    /// "who am I" call, so the users list is asked for the sign-in email (User_Email) and the one account with exactly
    /// that email (any case) is it; found once per connection, then kept.
    /// </summary>
    internal static class SignedInUser
    {
        private const string CacheKey = "signed-in user";

        public static long Id(ConnectedCmdlet cmdlet, string parameter)
        {
            var connection = cmdlet.ActiveConnection;
            var email = connection.UserName?.Trim();
            if (string.IsNullOrEmpty(email) || email.IndexOf('@') < 1)
                throw new ParameterException(parameter,
                    $"{parameter}: not given, and this connection does not say which user signed in (no sign-in email). Pass -{parameter}; Get-NexudusUser lists the user accounts.");
            return connection.Cache().Lookup(CacheKey, () => Find(cmdlet, connection, email, parameter));
        }

        private static long Find(ConnectedCmdlet cmdlet, NexudusConnection connection, string email, string parameter)
        {
            var client = connection.For<User>();
            var query = client.NewQuery().Equal(EntitySpec.Of<User>().Field(nameof(User.Email)).Filter, email);
            var matches = cmdlet.Run(ct => client.GetPageAsync(query, 1, PagePlan.MaxPageSize, ct)).Records
                .Where(u => string.Equals(u.Email?.Trim(), email, StringComparison.OrdinalIgnoreCase)).ToList();
            if (matches.Count == 1) return matches[0].Id;
            throw new ParameterException(parameter, matches.Count == 0
                ? $"{parameter}: not given, and no user account has the sign-in email {email}, so the signed-in user cannot stand in. Pass -{parameter}; Get-NexudusUser lists the user accounts."
                : $"{parameter}: not given, and {matches.Count} user accounts have the sign-in email {email} (Ids {string.Join(", ", matches.Select(m => m.Id))}). Pass -{parameter}.");
        }
    }
}
