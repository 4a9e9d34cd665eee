using System;

namespace NexudusCommunity.Models.Spec
{
    /// <summary>The API's name for the enum a model enum mirrors (GET /api/utils/enums?name=eCommunityThreadVisibility).</summary>
    [AttributeUsage(AttributeTargets.Enum, Inherited = false)]
    public sealed class ApiEnumAttribute : Attribute
    {
        public ApiEnumAttribute(string name) => Name = name;

        public string Name { get; }
    }
}
