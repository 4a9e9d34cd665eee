using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using NexudusCommunity.Api.Errors;
using NexudusCommunity.Api.Json;
using NexudusCommunity.Models.Json;
using NexudusCommunity.Api.Paging;
using NexudusCommunity.Models;

namespace NexudusCommunity.Api.Entities
{
    /// <summary>The standard REST surface of one entity (list, get, create, update, delete, commands) over the core client.</summary>
    public sealed class EntityClient<T> where T : NexudusRecord
    {
        private readonly NexudusClient _client;

        public EntityClient(NexudusClient client, EntityDefinition<T> definition)
        {
            _client = client;
            Definition = definition;
        }

        public EntityDefinition<T> Definition { get; }

        public ListQuery NewQuery() => new ListQuery(Definition.Name);

        /// <summary>One full record, collections (such as Members) included.</summary>
        public async Task<T> GetAsync(int id, CancellationToken cancellationToken)
        {
            var json = await _client.SendAsync(new ApiRequest(HttpMethod.Get, $"{Definition.Path}/{id}")
            {
                RequiredRole = Definition.Role("Read"),
                Target = Definition.Describe(id),
            }, cancellationToken).ConfigureAwait(false);
            var record = Deserialize(json, Definition.TypeInfo, $"{Definition.Describe(id)}");
            if (record.Id == 0) record.Id = id;
            return record;
        }

        public async Task<Page<T>> GetPageAsync(ListQuery query, int page, int size, CancellationToken cancellationToken)
        {
            var json = await _client.SendAsync(new ApiRequest(HttpMethod.Get, Definition.Path)
            {
                Query = query.ForPage(page, size),
                RequiredRole = Definition.Role("List"),
                Target = $"{Definition.Name} list, page {page}",
            }, cancellationToken).ConfigureAwait(false);
            return Envelopes.ReadPage(json, Definition.TypeInfo, page, size, $"{Definition.Name} list");
        }

        /// <summary>
        /// Creates the record and returns the new Id. A create never makes a duplicate: when its answer is lost or
        /// failed, the server is asked whether the record now exists, and it is sent again only when it verifiably
        /// does not (<see cref="WriteRetry"/>).
        /// </summary>
        public Task<int> CreateAsync(T record, CancellationToken cancellationToken)
        {
            var sentAt = DateTime.UtcNow;
            var check = new LostCreateCheck<T>(this, _client.CreatedRecords);
            return new WriteRetry(_client.Options.Retry, Definition.Describe(record)).CreateAsync(
                ct => SendCreateAsync(record, ct),
                (lost, ct) => check.FindAsync(record, sentAt, lost, ct),
                cancellationToken);
        }

        private async Task<int> SendCreateAsync(T record, CancellationToken cancellationToken)
        {
            var json = await _client.SendAsync(new ApiRequest(HttpMethod.Post, Definition.Path)
            {
                Body = Definition.ToWriteBody(record),
                RequiredRole = Definition.Role("Create"),
                Target = Definition.Describe(record),
            }, cancellationToken).ConfigureAwait(false);
            var id = Envelopes.ValueId(json);
            if (id == null)
                throw new NexudusApiException(ApiErrorKind.MalformedResponse,
                    $"{Definition.Describe(record)} was reported created, but the answer carries no Id to read it back by.");
            _client.CreatedRecords.Remember(Definition.Name, id.Value);
            return id.Value;
        }

        /// <summary>PUT: the body must hold every field, or the server clears what is missing.</summary>
        public Task UpdateAsync(T record, CancellationToken cancellationToken)
        {
            var body = Definition.ToWriteBody(record);
            body["Id"] = record.Id;
            return _client.SendAsync(new ApiRequest(HttpMethod.Put, Definition.Path)
            {
                Body = body,
                RequiredRole = Definition.Role("Edit"),
                Target = Definition.Describe(record.Id),
            }, cancellationToken);
        }

        public Task DeleteAsync(int id, CancellationToken cancellationToken) =>
            _client.SendAsync(new ApiRequest(HttpMethod.Delete, $"{Definition.Path}/{id}")
            {
                RequiredRole = Definition.Role("Delete"),
                Target = Definition.Describe(id),
            }, cancellationToken);

        public async Task<IReadOnlyList<NexudusCommand>> GetCommandsAsync(CancellationToken cancellationToken)
        {
            var json = await _client.SendAsync(new ApiRequest(HttpMethod.Get, $"{Definition.Path}/commands")
            {
                RequiredRole = Definition.Role("List"),
                Target = $"{Definition.Name} commands",
            }, cancellationToken).ConfigureAwait(false);
            var items = json.ValueKind == JsonValueKind.Array ? json
                : json.ValueKind == JsonValueKind.Object && json.TryGetProperty("Records", out var records) ? records
                : throw new NexudusApiException(ApiErrorKind.MalformedResponse, $"The {Definition.Name} command list is not a JSON array.");
            var commands = new List<NexudusCommand>();
            foreach (var item in items.EnumerateArray())
            {
                var command = Deserialize(item, NexudusJsonContext.Default.NexudusCommand, $"{Definition.Name} commands");
                command.Entity = Definition.Name;
                commands.Add(command);
            }
            return commands.OrderBy(c => c.Order).ToList();
        }

        /// <summary>
        /// POST runcommand. The reference page's heading says "runacommand"; its example and every other entity say
        /// "runcommand", which is what is sent.
        /// </summary>
        public async Task<CommandResult> RunCommandAsync(string key, IReadOnlyList<int> ids, IReadOnlyList<(string Type, object Value)> parameters,
            CancellationToken cancellationToken)
        {
            var body = new JsonObject
            {
                ["Key"] = key,
                ["Ids"] = EntityCatalog.Ids(ids.ToArray()),
                ["Parameters"] = new JsonArray(parameters.Select(p => (JsonNode)new JsonObject
                {
                    ["Type"] = p.Type,
                    ["Value"] = ToNode(p.Value),
                }).ToArray()),
            };
            var target = ids.Count == 0 ? $"command {key}" : $"command {key} on {Definition.Name} {string.Join(", ", ids)}";
            var json = await new WriteRetry(_client.Options.Retry, target).CommandAsync(ct => _client.SendAsync(new ApiRequest(HttpMethod.Post, $"{Definition.Path}/runcommand")
            {
                Body = body,
                RequiredRole = Definition.Role("Edit"),
                Target = target,
            }, ct), cancellationToken).ConfigureAwait(false);
            return new CommandResult
            {
                Key = key,
                Ids = ids.ToArray(),
                WasSuccessful = true,
                Message = Envelopes.Message(json),
                AffectedId = Envelopes.ValueId(json),
                UpdatedOn = Envelopes.Date(json, "UpdatedOn"),
                UpdatedBy = Envelopes.String(json, "UpdatedBy"),
            };
        }

        private static JsonNode ToNode(object value)
        {
            switch (value)
            {
                case null: return null;
                case bool b: return b;
                case int i: return i;
                case long l: return l;
                case decimal m: return m;
                case double d: return d;
                case DateTime t: return t.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ");
                default: return value.ToString();
            }
        }

        internal static TItem Deserialize<TItem>(JsonElement json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<TItem> typeInfo, string what)
        {
            try
            {
                var item = json.Deserialize(typeInfo);
                if (item == null) throw new JsonException("null");
                return item;
            }
            catch (Exception ex) when (ex is JsonException || ex is InvalidOperationException || ex is FormatException)
            {
                throw new NexudusApiException(ApiErrorKind.MalformedResponse, $"{what}: the server's answer does not have the expected shape ({ex.Message}).", inner: ex);
            }
        }
    }
}
