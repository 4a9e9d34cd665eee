using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using NexudusCommunity.Api.Errors;
using NexudusCommunity.Api.Json;
using NexudusCommunity.Api.Paging;
using NexudusCommunity.Models;
using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Api.Entities
{
    /// <summary>
    /// The standard REST surface of one entity (list, get, create, update, delete, commands) over the core client,
    /// all of it derived from the entity's <see cref="EntitySpec"/>.
    /// </summary>
    public sealed class EntityClient<T> where T : NexudusRecord
    {
        /// <summary>Ids per batch read: keeps the query string well under any server's URL limit.</summary>
        public const int IdsPerRequest = 100;

        private readonly NexudusClient _client;
        private readonly RecordReader _reader;

        public EntityClient(NexudusClient client)
        {
            _client = client;
            Spec = EntitySpec.Of<T>();
            _reader = RecordReader.For(typeof(T));
        }

        public EntitySpec Spec { get; }

        /// <summary>
        /// Compiles the list path of <typeparamref name="T"/> (its spec, reader, a page query, a one-record page)
        /// before its first real page: started on another core while a connection signs in, it takes that work off
        /// the first request's time. Safe to run at any time: it touches no connection.
        /// </summary>
        public static void PrepareListPath()
        {
            var spec = EntitySpec.Of<T>();
            new ListQuery(spec.Name, spec.IdListParameter).ForPage(1, PagePlan.MaxPageSize).ToString();
            var sample = System.Text.Encoding.UTF8.GetBytes("{\"Records\":[{\"Id\":1,\"Name\":\"a\"}],\"CurrentPage\":1,\"TotalItems\":1,\"HasNextPage\":false}");
            PageReader.Read<T>(sample, RecordReader.For(typeof(T)), 1, 1);
        }

        public ListQuery NewQuery() => new ListQuery(Spec.Name, Spec.IdListParameter);

        /// <summary>One full record, collections (such as Members) included.</summary>
        public async Task<T> GetAsync(long id, CancellationToken cancellationToken) =>
            (await GetForUpdateAsync(id, cancellationToken, keepServerCopy: false).ConfigureAwait(false)).Current;

        /// <summary>One full record, and the server's copy of it that an update sends back.</summary>
        public Task<RecordUpdate<T>> GetForUpdateAsync(long id, CancellationToken cancellationToken) =>
            GetForUpdateAsync(id, cancellationToken, keepServerCopy: true);

        private async Task<RecordUpdate<T>> GetForUpdateAsync(long id, CancellationToken cancellationToken, bool keepServerCopy)
        {
            var request = new ApiRequest(HttpMethod.Get, $"{Spec.Path}/{id}")
            {
                RequiredRole = Spec.Role("Read"),
                Target = Spec.Describe(id),
            };
            var answer = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            T record;
            JsonObject server = null;
            try
            {
                record = _reader.Read<T>(answer.Body);
                if (keepServerCopy)
                    server = JsonNode.Parse(answer.Body) as JsonObject ?? throw new JsonException("The record is not a JSON object.");
            }
            catch (Exception ex) when (ex is JsonException || ex is InvalidOperationException || ex is FormatException)
            {
                throw ResponseReader.WrongShape(request, answer.Status, ex);
            }
            if (record.Id == 0) record.Id = id;
            return new RecordUpdate<T>(Spec, record, server ?? new JsonObject());
        }

        public async Task<Page<T>> GetPageAsync(ListQuery query, int page, int size, CancellationToken cancellationToken)
        {
            var request = new ApiRequest(HttpMethod.Get, Spec.Path)
            {
                Query = query.ForPage(page, size),
                RequiredRole = Spec.Role("List"),
                Target = $"{Spec.Name} list, page {page}",
            };
            var answer = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            try
            {
                return PageReader.Read<T>(answer.Body, _reader, page, size);
            }
            catch (UnsuccessfulAnswerException)
            {
                throw ResponseReader.Unsuccessful(request, answer.Status, answer.Text);
            }
            catch (Exception ex) when (ex is JsonException || ex is InvalidOperationException || ex is FormatException)
            {
                throw ResponseReader.WrongShape(request, answer.Status, ex);
            }
        }

        /// <summary>
        /// The records with these Ids; missing ones are simply absent. Batches use the list's documented Id filter; a
        /// server that ignores it (its answer holds records not asked for) is asked one Id at a time instead.
        /// </summary>
        public async Task<IReadOnlyList<T>> GetManyAsync(IEnumerable<long> ids, CancellationToken cancellationToken)
        {
            var found = new List<T>();
            foreach (var batch in ids.Distinct().Select((id, i) => (id, i)).GroupBy(p => p.i / IdsPerRequest, p => p.id))
            {
                var wanted = batch.ToList();
                var set = new HashSet<long>(wanted);
                if (wanted.Count > 1)
                {
                    var page = await GetPageAsync(NewQuery().Ids(wanted), 1, wanted.Count, cancellationToken).ConfigureAwait(false);
                    if (page.Records.All(r => set.Contains(r.Id)) && !page.HasNextPage)
                    {
                        found.AddRange(page.Records);
                        continue;
                    }
                    ApiTrace.Write($"The {Spec.Name} list did not apply the Id filter; reading the {wanted.Count} records one by one.");
                }
                foreach (var id in wanted)
                {
                    try
                    {
                        found.Add(await GetAsync(id, cancellationToken).ConfigureAwait(false));
                    }
                    catch (NexudusApiException ex) when (ex.Kind == ApiErrorKind.NotFound)
                    {
                    }
                }
            }
            return found;
        }

        /// <summary>
        /// Creates the record and returns it as the server stored it. The live API answers a create with the whole
        /// new record in Value: that is the result, in one request. An answer holding only the Id (the older
        /// documented form), or a create found again after a lost answer, is read back by that Id.
        /// </summary>
        public async Task<T> CreateAsync(JsonObject body, CancellationToken cancellationToken)
        {
            T answered = null;
            var id = await CreateAsync(body, record => answered = record, cancellationToken).ConfigureAwait(false);
            return answered != null && answered.Id == id ? answered : await GetAsync(id, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// Creates the record and returns the new Id. A create never makes a duplicate: when its answer is lost or
        /// failed, the server is asked whether the record now exists, and it is sent again only when it verifiably
        /// does not (<see cref="WriteRetry"/>).
        /// </summary>
        private Task<long> CreateAsync(JsonObject body, Action<T> answered, CancellationToken cancellationToken)
        {
            var sentAt = DateTime.UtcNow;
            var name = Spec.NameField == null ? null : (string)body[Spec.NameField.Name];
            var target = $"new {Spec.Name}" + (name == null ? "" : $" '{name}'");
            var check = new LostCreateCheck<T>(this, _client.CreatedRecords);
            return new WriteRetry(_client.Options.Retry, target).CreateAsync(
                ct => SendCreateAsync(body, target, answered, ct),
                (lost, ct) => check.FindAsync(name, target, sentAt, lost, ct),
                cancellationToken);
        }

        private async Task<long> SendCreateAsync(JsonObject body, string target, Action<T> answered, CancellationToken cancellationToken)
        {
            var json = await _client.SendForJsonAsync(new ApiRequest(HttpMethod.Post, Spec.Path)
            {
                Body = body,
                RequiredRole = Spec.Role("Create"),
                Target = target,
            }, cancellationToken).ConfigureAwait(false);
            var id = ActionEnvelope.ValueId(json);
            if (id == null)
                throw new NexudusApiException(ApiErrorKind.MalformedResponse,
                    $"{target} was reported created, but the answer carries no Id to read it back by.");
            _client.CreatedRecords.Remember(Spec.Name, id.Value);
            answered(AnsweredRecord(json));
            return id.Value;
        }

        /// <summary>The record a create's Value holds, when it holds more than the Id; null otherwise (then it is read back).</summary>
        private T AnsweredRecord(JsonElement json)
        {
            var value = ActionEnvelope.ValueRecord(json);
            if (value == null) return null;
            try
            {
                return _reader.Read<T>(System.Text.Encoding.UTF8.GetBytes(value.Value.GetRawText()));
            }
            catch (Exception ex) when (ex is JsonException || ex is InvalidOperationException || ex is FormatException)
            {
                // A Value this reader cannot take is no reason to fail a create that succeeded: read it back.
                return null;
            }
        }

        /// <summary>PUT the record: see <see cref="RecordUpdate{T}"/> for why the body holds every field.</summary>
        public Task UpdateAsync(RecordUpdate<T> update, string target, CancellationToken cancellationToken) =>
            _client.SendForJsonAsync(new ApiRequest(HttpMethod.Put, Spec.Path)
            {
                Body = update.Body(),
                RequiredRole = Spec.Role("Edit"),
                Target = target ?? Spec.Describe(update.Id),
            }, cancellationToken);

        public Task DeleteAsync(long id, string target, CancellationToken cancellationToken) =>
            _client.SendForJsonAsync(new ApiRequest(HttpMethod.Delete, $"{Spec.Path}/{id}")
            {
                RequiredRole = Spec.Role("Delete"),
                Target = target ?? Spec.Describe(id),
            }, cancellationToken);

        public async Task<IReadOnlyList<NexudusCommand>> GetCommandsAsync(CancellationToken cancellationToken)
        {
            var request = new ApiRequest(HttpMethod.Get, $"{Spec.Path}/commands")
            {
                RequiredRole = Spec.Role("List"),
                Target = $"{Spec.Name} commands",
            };
            var commands = PageReader.ReadWhole<NexudusCommand>(request, await _client.SendAsync(request, cancellationToken).ConfigureAwait(false));
            foreach (var command in commands) command.Entity = Spec.Name;
            return commands.OrderBy(c => c.Order).ToList();
        }

        /// <summary>
        /// POST runcommand, each parameter as { Name, Type, Value } with Value as text, as the vendor's SDK sends
        /// them. (The group page's heading says "runacommand"; its example and every other entity say "runcommand".)
        /// </summary>
        public async Task<CommandResult> RunCommandAsync(string key, IReadOnlyList<long> ids, IReadOnlyList<CommandArgument> arguments,
            string target, CancellationToken cancellationToken)
        {
            var body = new JsonObject
            {
                ["Key"] = key,
                ["Ids"] = FieldValues.Ids(ids),
                ["Parameters"] = new JsonArray(arguments.Select(a => (JsonNode)new JsonObject
                {
                    ["Name"] = a.Name,
                    ["Type"] = a.Type,
                    ["Value"] = a.Text,
                }).ToArray()),
            };
            var json = await new WriteRetry(_client.Options.Retry, target).CommandAsync(ct => _client.SendForJsonAsync(new ApiRequest(HttpMethod.Post, $"{Spec.Path}/runcommand")
            {
                Body = body,
                RequiredRole = Spec.Role("Edit"),
                Target = target,
            }, ct), cancellationToken).ConfigureAwait(false);
            return new CommandResult
            {
                Key = key,
                Ids = ids.ToArray(),
                WasSuccessful = true,
                Message = ActionEnvelope.Message(json),
                AffectedId = ActionEnvelope.ValueId(json),
                UpdatedOn = ActionEnvelope.Date(json, "UpdatedOn"),
                UpdatedBy = ActionEnvelope.String(json, "UpdatedBy"),
            };
        }
    }
}
