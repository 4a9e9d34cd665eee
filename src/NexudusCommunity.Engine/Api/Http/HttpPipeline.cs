using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NexudusCommunity.Api.Auth;

namespace NexudusCommunity.Api.Http
{
    /// <summary>
    /// Builds a connection's API client from composable handlers through IHttpClientFactory, which pools and
    /// recycles the sockets underneath, and its token client from the same handlers. Order, outermost first:
    /// retry → auth → pacing → trace → network. Pacing sits inside retry so that every retry waits its turn,
    /// and trace sits last so that it logs exactly what goes on the wire.
    /// </summary>
    internal sealed class HttpPipeline : IDisposable
    {
        private const string ApiClientName = "nexudus-api";
        private readonly Task<ServiceProvider> _services;
        private readonly NexudusClientOptions _options;
        private HttpClient _tokenClient;

        public HttpPipeline(NexudusClientOptions options)
        {
            _options = options;
            Pacer = new RequestPacer(options.RateLimit);
            // Before the factory: the handlers it builds take the authenticator.
            Authenticator = CreateAuthenticator();
            // The factory costs a fresh process tens of milliseconds of compiling: it is built on another core while
            // the first request signs in (see CreateApiClientAsync).
            _services = Task.Run(() => BuildServices(options));
        }

        public RequestPacer Pacer { get; }
        public IAuthenticator Authenticator { get; }

        /// <summary>
        /// A client from the pool; cheap to ask for per call, as the factory intends. While the factory is still being
        /// built, a token sign-in goes ahead meanwhile, so the first request waits for the longer of the two.
        /// </summary>
        public async Task<HttpClient> CreateApiClientAsync(CancellationToken cancellationToken)
        {
            if (!_services.IsCompleted) await Authenticator.SignInAsync(cancellationToken).ConfigureAwait(false);
            var services = await _services.ConfigureAwait(false);
            return services.GetRequiredService<IHttpClientFactory>().CreateClient(ApiClientName);
        }

        private ServiceProvider BuildServices(NexudusClientOptions options)
        {
            var services = new ServiceCollection();
            // The factory's own logging handlers would log to no one here (the trace handler reports each request),
            // and cost the first sign-in in a fresh process a noticeable share of its time.
            services.AddHttpClient(ApiClientName, ConfigureClient)
                .RemoveAllLoggers()
                .ConfigurePrimaryHttpMessageHandler(CreateNetworkHandler)
                .AddHttpMessageHandler(() => new RetryHandler(options.Retry))
                .AddHttpMessageHandler(() => new AuthHandler(Authenticator))
                .AddHttpMessageHandler(() => new PacingHandler(Pacer))
                .AddHttpMessageHandler(() => new TraceHandler());
            var provider = services.BuildServiceProvider();
            // The first client compiles the factory's handler building; the handlers it makes serve the next ones.
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(ApiClientName).Dispose();
            return provider;
        }

        private IAuthenticator CreateAuthenticator()
        {
            if (_options.AccessToken != null) return FixedCredentialAuthenticator.Bearer(_options.AccessToken);
            if (_options.AuthMode == AuthMode.Basic) return FixedCredentialAuthenticator.Basic(_options.Credential);
            // The token endpoint is called at sign-in and on each refresh: one client for the connection's life,
            // composed as the API client is, less the auth handler.
            _tokenClient = new HttpClient(Compose(CreateNetworkHandler(), new RetryHandler(_options.Retry), new PacingHandler(Pacer), new TraceHandler()));
            ConfigureClient(_tokenClient);
            return new TokenAuthenticator(_tokenClient, _options.Credential, _options.Totp, _options.ClientId);
        }

        /// <summary>The handlers outermost first, the network handler innermost.</summary>
        private static HttpMessageHandler Compose(HttpMessageHandler network, params DelegatingHandler[] outerFirst)
        {
            var inner = network;
            for (var i = outerFirst.Length - 1; i >= 0; i--)
            {
                outerFirst[i].InnerHandler = inner;
                inner = outerFirst[i];
            }
            return inner;
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

        public void Dispose()
        {
            _tokenClient?.Dispose();
            // A factory still being built is disposed when it is done.
            _services.ContinueWith(t => t.Result.Dispose(), TaskContinuationOptions.OnlyOnRanToCompletion);
        }
    }
}
