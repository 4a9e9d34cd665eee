using System;
using System.Net;
using System.Net.Http;
using Microsoft.Extensions.DependencyInjection;
using NexudusCommunity.Api.Auth;

namespace NexudusCommunity.Api.Http
{
    /// <summary>
    /// Builds a connection's HttpClients from composable handlers through IHttpClientFactory, which pools and
    /// recycles the sockets underneath. Order, outermost first:
    /// retry → auth → pacing → trace → network. Pacing sits inside retry so that every retry waits its turn,
    /// and trace sits last so that it logs exactly what goes on the wire.
    /// </summary>
    internal sealed class HttpPipeline : IDisposable
    {
        private const string ApiClientName = "nexudus-api";
        private const string TokenClientName = "nexudus-token";
        private readonly ServiceProvider _services;
        private readonly NexudusClientOptions _options;

        public HttpPipeline(NexudusClientOptions options)
        {
            _options = options;
            Pacer = new RequestPacer(options.RateLimit);
            var services = new ServiceCollection();
            // The factory's own logging handlers would log to no one here (the trace handler reports each request),
            // and cost the first sign-in in a fresh process a noticeable share of its time.
            services.AddHttpClient(TokenClientName, ConfigureClient)
                .RemoveAllLoggers()
                .ConfigurePrimaryHttpMessageHandler(CreateNetworkHandler)
                .AddHttpMessageHandler(() => new RetryHandler(options.Retry))
                .AddHttpMessageHandler(() => new PacingHandler(Pacer))
                .AddHttpMessageHandler(() => new TraceHandler());
            services.AddHttpClient(ApiClientName, ConfigureClient)
                .RemoveAllLoggers()
                .ConfigurePrimaryHttpMessageHandler(CreateNetworkHandler)
                .AddHttpMessageHandler(() => new RetryHandler(options.Retry))
                .AddHttpMessageHandler(() => new AuthHandler(Authenticator))
                .AddHttpMessageHandler(() => new PacingHandler(Pacer))
                .AddHttpMessageHandler(() => new TraceHandler());
            _services = services.BuildServiceProvider();
            Authenticator = CreateAuthenticator();
        }

        public RequestPacer Pacer { get; }
        public IAuthenticator Authenticator { get; }

        /// <summary>A client from the pool; cheap to ask for per call, as the factory intends.</summary>
        public HttpClient CreateApiClient() => _services.GetRequiredService<IHttpClientFactory>().CreateClient(ApiClientName);

        private IAuthenticator CreateAuthenticator()
        {
            if (_options.AccessToken != null) return new StaticTokenAuthenticator(_options.AccessToken);
            if (_options.AuthMode == AuthMode.Basic) return new BasicAuthenticator(_options.Credential);
            var tokenClient = _services.GetRequiredService<IHttpClientFactory>().CreateClient(TokenClientName);
            return new TokenAuthenticator(tokenClient, _options.Credential, _options.Totp, _options.ClientId);
        }

        private void ConfigureClient(HttpClient client)
        {
            client.BaseAddress = _options.BaseUri;
            // Each attempt has its own timeout in RetryHandler; the whole call may legitimately wait out throttling.
            client.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
            client.DefaultRequestHeaders.Accept.ParseAdd("application/json");
            client.DefaultRequestHeaders.UserAgent.ParseAdd("NexudusCommunity-PowerShell/" + typeof(HttpPipeline).Assembly.GetName().Version);
        }

        private static HttpMessageHandler CreateNetworkHandler() => new HttpClientHandler
        {
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
            AllowAutoRedirect = false, // a redirect could carry the Authorization header to another host
            UseCookies = false,
        };

        public void Dispose() => _services.Dispose();
    }
}
