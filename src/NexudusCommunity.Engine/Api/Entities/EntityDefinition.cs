using System;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using NexudusCommunity.Models;

namespace NexudusCommunity.Api.Entities
{
    /// <summary>
    /// What the generic REST core needs to know about one entity: its name (roles, filter prefixes), its path,
    /// how to read it, and how to write the body of a create or a PUT. Adding an entity is one of these.
    /// </summary>
    public sealed class EntityDefinition<T> where T : NexudusRecord
    {
        public EntityDefinition(string name, string path, JsonTypeInfo<T> typeInfo, Func<T, JsonObject> toWriteBody, Func<T, string> nameOf)
        {
            Name = name;
            Path = path.Trim('/');
            TypeInfo = typeInfo;
            ToWriteBody = toWriteBody;
            NameOf = nameOf;
        }

        /// <summary>The API's name: "CommunityGroup".</summary>
        public string Name { get; }

        /// <summary>"api/community/communitygroups".</summary>
        public string Path { get; }

        public JsonTypeInfo<T> TypeInfo { get; }

        /// <summary>Every writable field of a record, as a create or PUT body (PUT clears what is missing).</summary>
        public Func<T, JsonObject> ToWriteBody { get; }

        /// <summary>The record's display name, also how a create whose answer was lost is found again.</summary>
        public Func<T, string> NameOf { get; }

        public string Role(string operation) => Name + "-" + operation;

        public string Describe(int id) => $"{Name} {id}";

        public string Describe(T record) => record.Id > 0 ? Describe(record.Id) : $"new {Name} '{NameOf(record)}'";
    }
}
