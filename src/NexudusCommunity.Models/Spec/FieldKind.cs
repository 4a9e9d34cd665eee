namespace NexudusCommunity.Models.Spec
{
    /// <summary>The shape of a field's value, read from the property's type.</summary>
    public enum FieldKind
    {
        /// <summary>A whole number (int, or long for ids).</summary>
        Number,
        /// <summary>An amount with decimals (a ticket's price), sent as a JSON number.</summary>
        Decimal,
        Text,
        TrueFalse,
        /// <summary>A UTC date and time.</summary>
        Date,
        Guid,
        /// <summary>One of an enum's values; sent as its number.</summary>
        Choice,
        /// <summary>A list of record ids (long[]).</summary>
        IdList,
        /// <summary>An address (Uri), sent as text.</summary>
        Address,
        /// <summary>A list of nested objects (e.g. a command's parameters).</summary>
        ObjectList,
    }
}
