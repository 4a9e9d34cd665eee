using System;

namespace NexudusCommunity.Cmdlets.Base
{
    internal static class ImageUrls
    {
        /// <summary>The server fetches the image itself, so it needs an absolute http(s) address.</summary>
        public static string Check(Uri url, string parameter)
        {
            if (url == null) return null;
            if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
                throw new ParameterException(parameter, $"{parameter}: '{url}' is not an absolute http(s) address the server can fetch.");
            return url.AbsoluteUri;
        }
    }
}
