using System;

namespace NexudusCommunity.Models.Spec
{
    /// <summary>What the API does with a field.</summary>
    [Flags]
    public enum FieldFlags
    {
        /// <summary>Read-only: the server sets it (dates, UniqueId, names of referenced records).</summary>
        None = 0,

        /// <summary>Taken on create and update; a PUT clears it when the body leaves it out.</summary>
        Writable = 1,

        /// <summary>A create is refused without it.</summary>
        Required = 2,

        /// <summary>Lists can be ordered by it.</summary>
        Sortable = 4,

        /// <summary>Only in the full record (get by Id); lists leave it out, so a listed record has it as null.</summary>
        DetailOnly = 8,

        /// <summary>The record this one belongs to (a message's thread): Get- and New- take it from the pipeline by value.</summary>
        Parent = 16,
    }
}
