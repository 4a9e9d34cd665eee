using System.Text.Json.Nodes;
using NexudusCommunity.Models.Spec;
using NexudusCommunity.Cmdlets.Input;
using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.Base
{
    /// <summary>
    /// New-X for any entity: the body is the fields the parameters give (named as their fields; blank CSV cells
    /// are not given), the business defaults to the connection's, a required user account (UserId) to the user
    /// signed in, and the record is returned as the server stored it.
    /// Each pipeline record is built and checked on its own: a bad value refuses that record alone.
    /// </summary>
    public abstract class NewRecordCmdlet<T> : RecordWriteCmdlet<T> where T : NexudusRecord
    {
        protected override string Doing => "Creating";

        /// <summary>Checks across fields, or defaults, that the description cannot say (throw <see cref="ParameterException"/>).</summary>
        protected virtual void Complete(JsonObject body)
        {
        }

        protected override void ProcessRecord()
        {
            string target = null;
            TryRecordAs(() => target, () =>
            {
                var body = BuildBody();
                var name = Spec.NameField == null ? null : (string)body[Spec.NameField.Name];
                target = $"new {Spec.Name}" + (name == null ? "" : $" '{name}'");
                if (!ConfirmWrite(target, "Create")) return;
                var client = Client;
                WriteObject(Run(ct => client.CreateAsync(body, ct)));
                Progress.RecordDone(target);
            });
        }

        private JsonObject BuildBody()
        {
            var body = new JsonObject();
            foreach (var given in FieldValues(pipelineCounts: true, full: true).Where(v => v.Use == FieldUse.Set && v.Value != null))
            {
                var value = FieldChecks.Check(given.Field, given.Parameter, given.Value);
                if (value is bool flag && given.Field.IsWriteOnly && !flag) continue; // ClearImageFile:$false says nothing
                body[given.Field.Name] = Api.Json.FieldValues.ToNode(given.Field, value);
            }
            // Required references not given come from the record this one belongs to: a thread's group gives its
            // business and owner (who posts), a message's thread its poster.
            foreach (var field in Spec.Fields.Where(f => f.IsWritable && f.IsRequired && f.References != null && body[f.Name] == null))
            {
                var inherited = Referenced.Select(r => EntitySpec.Of(r.GetType()).Field(field.Name)?.GetValue(r)).OfType<long>().FirstOrDefault(id => id > 0);
                if (inherited > 0) body[field.Name] = inherited;
            }
            // A required user account (an owner, a poster) not given and not inherited: the user signed in.
            foreach (var field in Spec.Fields.Where(f => f.IsWritable && f.IsRequired && f.References == "User" && body[f.Name] == null))
                body[field.Name] = SignedInUser.Id(this, field.Parameter);
            var business = Spec.Field("BusinessId");
            if (business != null && business.IsWritable && body["BusinessId"] == null)
                body["BusinessId"] = ResolveBusinessId(null);
            Complete(body);
            return body;
        }
    }
}
