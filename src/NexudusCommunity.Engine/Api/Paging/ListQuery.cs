namespace NexudusCommunity.Api.Paging
{
    /// <summary>
    /// A list request's filters and order in the API's vocabulary, as the newest reference pages write it: field
    /// names prefixed with the entity ("CommunityGroup_Name"), ranges with lower-case "from_"/"to_"
    /// ("from_CommunityGroup_CreatedOn"), the sort field as "orderBy"; enums go as integers, sort direction by
    /// name (the pages disagree on its numbers; every variant binds the name).
    /// </summary>
    public sealed class ListQuery
    {
        private readonly string _entity;
        private readonly string _idListParameter;

        /// <param name="entity">The filter prefix: "CommunityGroup".</param>
        /// <param name="idListParameter">How the entity asks for several Ids at once, when not "&lt;entity&gt;_Id".</param>
        public ListQuery(string entity, string idListParameter = null)
        {
            _entity = entity;
            _idListParameter = idListParameter;
            Filters = new QueryString();
        }

        public QueryString Filters { get; }
        public string OrderBy { get; set; }
        public bool Descending { get; set; }

        public ListQuery Equal(string field, string value)
        {
            Filters.Add(_entity + "_" + field, value);
            return this;
        }

        public ListQuery Equal(string field, long? value) => value.HasValue ? Equal(field, value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)) : this;

        public ListQuery Equal(string field, bool? value) => value.HasValue ? Equal(field, value.Value ? "true" : "false") : this;

        public ListQuery Equal<TEnum>(string field, TEnum? value) where TEnum : struct, Enum =>
            value.HasValue ? Equal(field, Convert.ToInt32(value.Value)) : this;

        public ListQuery Range(string field, DateTime? from, DateTime? to)
        {
            if (from.HasValue) Filters.Add("from_" + _entity + "_" + field, from.Value);
            if (to.HasValue) Filters.Add("to_" + _entity + "_" + field, to.Value);
            return this;
        }

        public ListQuery Ids(IEnumerable<long> ids)
        {
            Filters.Add(_idListParameter ?? _entity + "_Id", "[" + string.Join(",", ids) + "]");
            return this;
        }

        public QueryString ForPage(int page, int size)
        {
            var query = Filters.Clone().Add("page", page).Add("size", size);
            if (OrderBy != null) query.Add("orderBy", OrderBy);
            // By name: the API's pages disagree on the numbers, but both spellings bind to the enum by name.
            query.Add("dir", Descending ? "Descending" : "Ascending");
            return query;
        }
    }
}
