using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using NexudusCommunity.Models.Spec;
using NexudusCommunity.Text;

namespace NexudusCommunity.Generators
{
    /// <summary>One [Entity] model, read from its symbols: what the cmdlets need of its description.</summary>
    internal sealed class EntityModel
    {
        private const string Spec = "NexudusCommunity.Models.Spec.";
        private const string EveryRecord = "NexudusCommunity.Models.NexudusRecord";

        public string Name { get; private set; }
        public string Noun { get; private set; }
        public string TypeName { get; private set; }
        public EntityVerbs Verbs { get; private set; }
        public string NameField { get; private set; }
        /// <summary>The server offers commands (bulk actions) on its records: Get-&lt;Noun&gt;Command and Invoke-&lt;Noun&gt;Command.</summary>
        public bool HasCommands { get; private set; }
        public List<FieldModel> Fields { get; } = new List<FieldModel>();

        /// <summary>"NexudusCommunity.Cmdlets.CommunityGroups": where its cmdlets were written by hand before, and error ids name.</summary>
        public string Namespace => "NexudusCommunity.Cmdlets." + EnglishNames.Plural(Name);

        public static EntityModel Read(INamedTypeSymbol type)
        {
            var entity = type.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == Spec + "EntityAttribute");
            if (entity == null || entity.ConstructorArguments.Length < 1) return null;
            var model = new EntityModel
            {
                Name = (string)entity.ConstructorArguments[0].Value,
                TypeName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                Verbs = EntityVerbs.All,
            };
            model.Noun = model.Name;
            var readOnly = false;
            foreach (var named in entity.NamedArguments)
            {
                switch (named.Key)
                {
                    case "Noun": model.Noun = (string)named.Value.Value ?? model.Name; break;
                    case "NameField": model.NameField = (string)named.Value.Value; break;
                    case "Verbs": model.Verbs = (EntityVerbs)(int)named.Value.Value; break;
                    case "ReadOnly": readOnly = (bool)named.Value.Value; break;
                    case "HasCommands": model.HasCommands = (bool)named.Value.Value; break;
                }
            }
            if (readOnly) model.Verbs = EntityVerbs.Get;

            // The model's own properties in declaration order, those of a base between it and NexudusRecord (BusinessRecord's
            // BusinessId) before them as its own, its write-only instructions, then the fields every record has (SystemId).
            var own = new List<FieldModel>();
            var everyRecord = new List<FieldModel>();
            for (var t = type; t != null && t.SpecialType != SpecialType.System_Object; t = t.BaseType)
            {
                var inherited = t.ToDisplayString() == EveryRecord;
                var declared = t.GetMembers().OfType<IPropertySymbol>()
                    .Where(p => p.DeclaredAccessibility == Accessibility.Public && !p.IsStatic && p.SetMethod != null)
                    .Select(p => FieldModel.Read(p, inherited))
                    .Where(f => f != null);
                if (inherited) everyRecord.AddRange(declared);
                else own.InsertRange(0, declared);
            }
            model.Fields.AddRange(own);
            foreach (var writeOnly in type.GetAttributes().Where(a => a.AttributeClass?.ToDisplayString() == Spec + "WriteOnlyFieldAttribute"))
                model.Fields.Add(FieldModel.ReadWriteOnly(writeOnly));
            model.Fields.AddRange(everyRecord);
            return model;
        }
    }

    /// <summary>One property of a model with its [Field] description, or one write-only instruction.</summary>
    internal sealed class FieldModel
    {
        public string Name { get; private set; }
        public FieldFlags Flags { get; private set; }
        public string Filter { get; private set; }
        public string Range { get; private set; }
        public string References { get; private set; }
        public string Parameter { get; private set; }
        public string AddParameter { get; private set; }
        public string RemoveParameter { get; private set; }
        public string Help { get; private set; }
        public int Position { get; private set; } = -1;
        public EntityVerbs Omit { get; private set; }
        public bool Inherited { get; private set; }
        public bool IsWriteOnly { get; private set; }

        /// <summary>The property's type as C# writes it, without nullable: "int", "global::...GroupAccess", "string".</summary>
        public string Type { get; private set; }
        public TypeShape Shape { get; private set; }
        /// <summary>For an id list: "int" or "long".</summary>
        public string ElementType { get; private set; }

        public bool Has(FieldFlags flag) => (Flags & flag) != 0;
        public string ParameterName => Parameter ?? Name;

        public static FieldModel Read(IPropertySymbol property, bool inherited)
        {
            var attribute = property.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == "NexudusCommunity.Models.Spec.FieldAttribute");
            if (attribute == null) return null;
            var field = new FieldModel { Name = property.Name, Inherited = inherited };
            if (attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Value is int flags) field.Flags = (FieldFlags)flags;
            field.ReadNamed(attribute);
            field.ReadType(property.Type);
            return field;
        }

        public static FieldModel ReadWriteOnly(AttributeData attribute)
        {
            var field = new FieldModel { Name = (string)attribute.ConstructorArguments[0].Value, Flags = FieldFlags.Writable, IsWriteOnly = true };
            field.ReadNamed(attribute);
            field.ReadType((ITypeSymbol)attribute.ConstructorArguments[1].Value);
            return field;
        }

        private void ReadNamed(AttributeData attribute)
        {
            foreach (var named in attribute.NamedArguments)
            {
                var value = named.Value.Value;
                switch (named.Key)
                {
                    case "Filter": Filter = (string)value; break;
                    case "Range": Range = (string)value; break;
                    case "References": References = (string)value; break;
                    case "Parameter": Parameter = (string)value; break;
                    case "AddParameter": AddParameter = (string)value; break;
                    case "RemoveParameter": RemoveParameter = (string)value; break;
                    case "Help": Help = (string)value; break;
                    case "Position": Position = (int)value; break;
                    case "Omit": Omit = (EntityVerbs)(int)value; break;
                }
            }
        }

        private void ReadType(ITypeSymbol type)
        {
            if (type is IArrayTypeSymbol array)
            {
                Shape = TypeShape.IdList;
                ElementType = array.ElementType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
                Type = ElementType + "[]";
                return;
            }
            if (type is INamedTypeSymbol named && named.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
                type = named.TypeArguments[0];
            Type = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            switch (type.SpecialType)
            {
                case SpecialType.System_String: Shape = TypeShape.Text; return;
                case SpecialType.System_Boolean: Shape = TypeShape.TrueFalse; return;
                case SpecialType.System_Int32:
                case SpecialType.System_Int64:
                case SpecialType.System_Int16: Shape = TypeShape.Number; return;
                case SpecialType.System_Decimal:
                case SpecialType.System_Double: Shape = TypeShape.Decimal; return;
                case SpecialType.System_DateTime: Shape = TypeShape.Date; return;
            }
            if (type.TypeKind == TypeKind.Enum) Shape = TypeShape.Choice;
            else if (type.ToDisplayString() == "System.Uri") Shape = TypeShape.Address;
            else Shape = TypeShape.Other;
        }
    }

    internal enum TypeShape
    {
        Other,
        Text,
        TrueFalse,
        Number,
        Decimal,
        Date,
        Choice,
        Address,
        IdList,
    }
}
