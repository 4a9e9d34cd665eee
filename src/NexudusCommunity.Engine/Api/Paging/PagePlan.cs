namespace NexudusCommunity.Api.Paging
{
    /// <summary>
    /// Which pages to ask for so that -Skip/-First cost as few requests as possible: one page when the whole
    /// window fits in it, otherwise full pages starting at the one that holds the first wanted record.
    /// </summary>
    public sealed class PagePlan
    {
        public const int MaxPageSize = 1000;

        private PagePlan(int pageSize, int firstPage, int skipOnFirstPage)
        {
            PageSize = pageSize;
            FirstPage = firstPage;
            SkipOnFirstPage = skipOnFirstPage;
        }

        public int PageSize { get; }
        public int FirstPage { get; }
        public int SkipOnFirstPage { get; }

        /// <param name="skip">Records to pass over.</param>
        /// <param name="first">Records wanted after them; null for all.</param>
        /// <param name="serverSideWindow">False when records are filtered here too, so skip/first cannot be done by the server.</param>
        public static PagePlan For(ulong skip, ulong? first, bool serverSideWindow)
        {
            if (!serverSideWindow) return new PagePlan(MaxPageSize, 1, 0);
            if (first.HasValue && skip + first.Value <= MaxPageSize)
                return new PagePlan((int)System.Math.Max(1, skip + first.Value), 1, (int)skip);
            return new PagePlan(MaxPageSize, (int)(skip / MaxPageSize) + 1, (int)(skip % MaxPageSize));
        }
    }
}
