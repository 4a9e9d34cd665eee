using System;

namespace NexudusCommunity.Models.Spec
{
    /// <summary>
    /// An instruction a write body may carry that is not part of the stored record (NewImageUrl, ClearImageFile):
    /// the cmdlet parameter of the same name sends it.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class WriteOnlyFieldAttribute : Attribute
    {
        public WriteOnlyFieldAttribute(string name, Type type)
        {
            Name = name;
            Type = type;
        }

        public string Name { get; }
        public Type Type { get; }

        /// <summary>What the instruction does, for the help of the parameter that sends it (see <see cref="FieldAttribute.Help"/>).</summary>
        public string Help { get; set; }

        /// <summary>The generated cmdlets that leave it out (ClearImageFile means nothing to New-).</summary>
        public EntityVerbs Omit { get; set; }
    }
}
