namespace NexudusCommunity.Api.Paging
{
    /// <summary>One page of a list answer.</summary>
    public sealed class Page<T>
    {
        public Page(IReadOnlyList<T> records, int pageNumber, int pageSize, bool hasNextPage, long? totalItems)
        {
            Records = records;
            PageNumber = pageNumber;
            PageSize = pageSize;
            HasNextPage = hasNextPage;
            TotalItems = totalItems;
        }

        public IReadOnlyList<T> Records { get; }
        public int PageNumber { get; }
        public int PageSize { get; }
        public bool HasNextPage { get; }
        public long? TotalItems { get; }
    }
}
