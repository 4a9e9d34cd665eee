using System.Text.Json;
using NexudusCommunity.Api.Paging;

namespace NexudusCommunity.Api.Json
{
    /// <summary>
    /// Reads a list answer in one pass: the paging envelope's figures and its Records straight into records, or a
    /// bare array (everything on one page). Envelope names are matched in any case: endpoints differ.
    /// </summary>
    internal static class PageReader
    {
        private static readonly JsonReaderOptions Options = new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

        /// <summary>
        /// A list the server answers whole (an entity's commands, an enum's values): every record of the answer, or
        /// the request's wrong-shape error when the answer cannot be read as a list of them.
        /// </summary>
        public static IReadOnlyList<T> ReadWhole<T>(ApiRequest request, ApiAnswer answer)
        {
            try
            {
                return Read<T>(answer.Body, RecordReader.For(typeof(T)), 1, int.MaxValue).Records;
            }
            catch (Exception ex) when (ex is JsonException || ex is InvalidOperationException || ex is FormatException || ex is UnsuccessfulAnswerException)
            {
                throw Errors.ResponseReader.WrongShape(request, answer.Status, ex);
            }
        }

        /// <exception cref="JsonException">The answer is not a list envelope or array.</exception>
        /// <exception cref="UnsuccessfulAnswerException">The envelope says WasSuccessful: false.</exception>
        public static Page<T> Read<T>(byte[] utf8, RecordReader records, int page, int size)
        {
            var reader = new Utf8JsonReader(utf8, Options);
            if (!reader.Read()) throw new JsonException("The answer is empty.");
            if (reader.TokenType == JsonTokenType.StartArray)
            {
                var all = ReadRecords<T>(ref reader, records);
                return new Page<T>(all, page, size, false, all.Count);
            }
            if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("The answer is neither an object nor an array.");

            List<T> items = null;
            long? total = null, totalPages = null, pageNumber = null;
            bool? hasNext = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = Name(ref reader);
                reader.Read();
                switch (name)
                {
                    case Property.Records:
                        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("Records is not an array.");
                        items = ReadRecords<T>(ref reader, records);
                        break;
                    case Property.TotalItems: total = Long(ref reader); break;
                    case Property.TotalPages: totalPages = Long(ref reader); break;
                    case Property.PageNumber: pageNumber = Long(ref reader) ?? pageNumber; break;
                    case Property.CurrentPage: pageNumber = pageNumber ?? Long(ref reader); break;
                    case Property.HasNextPage: hasNext = TolerantValues.Bool(ref reader); break;
                    case Property.WasSuccessful:
                        if (TolerantValues.Bool(ref reader) == false) throw new UnsuccessfulAnswerException();
                        break;
                    default: reader.Skip(); break;
                }
            }
            if (items == null) throw new JsonException("The answer has no Records array.");
            if (hasNext == null) hasNext = totalPages.HasValue ? page < totalPages.Value : items.Count >= size;
            // An empty page never leads anywhere, whatever the flags say: this stops a server that loops.
            return new Page<T>(items, (int)(pageNumber ?? page), size, hasNext.Value && items.Count > 0, total);
        }

        private static List<T> ReadRecords<T>(ref Utf8JsonReader reader, RecordReader records)
        {
            var items = new List<T>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType == JsonTokenType.StartObject) items.Add(records.Read<T>(ref reader));
                else reader.Skip();
            }
            return items;
        }

        private static long? Long(ref Utf8JsonReader reader)
        {
            if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var n)) return n;
            if (reader.TokenType == JsonTokenType.String && long.TryParse(reader.GetString(), out n)) return n;
            reader.Skip();
            return null;
        }

        private enum Property { Other, Records, TotalItems, TotalPages, PageNumber, CurrentPage, HasNextPage, WasSuccessful }

        private static Property Name(ref Utf8JsonReader reader)
        {
            if (reader.ValueTextEquals("Records")) return Property.Records;
            if (reader.ValueTextEquals("TotalItems")) return Property.TotalItems;
            if (reader.ValueTextEquals("HasNextPage")) return Property.HasNextPage;
            if (reader.ValueTextEquals("TotalPages")) return Property.TotalPages;
            if (reader.ValueTextEquals("PageNumber")) return Property.PageNumber;
            if (reader.ValueTextEquals("CurrentPage")) return Property.CurrentPage;
            return Enum.TryParse<Property>(reader.GetString(), ignoreCase: true, out var other) ? other : Property.Other;
        }
    }

    /// <summary>A 2xx answer whose envelope says WasSuccessful: false.</summary>
    internal sealed class UnsuccessfulAnswerException : Exception
    {
    }
}
