import { Checkboxes, TextInput } from "@/components/ui";
import { choices, field, type FieldsProps } from "./field-props";

const options = [
  { value: "drop_in", label: "Drop in", hint: "People can just turn up." },
  { value: "referral", label: "Referral needed", hint: "For example from a GP or a link worker." },
  { value: "booking", label: "Booking needed" },
  { value: "membership", label: "Membership needed" },
];

export function JoinFields(props: FieldsProps) {
  return (
    <>
      <Checkboxes {...choices(props, "accessTypes")} label="How can people join?" hint="Choose all that apply." options={options} />
      <fieldset className="mb-6 sm:mb-8">
        <legend className="mb-2 text-heading-m font-bold">Contact details</legend>
        <p className="mb-4 text-muted">
          These are shown to the public. If people must book, be referred or join, give at least one way to get in touch.
        </p>
        <TextInput {...field(props, "contactName")} label="Contact name (optional)" autoComplete="name" width="30ch" />
        <TextInput
          {...field(props, "email")}
          label="Email address (optional)"
          type="email"
          autoComplete="email"
          spellCheck={false}
          width="30ch"
        />
        <TextInput {...field(props, "phone")} label="Phone number (optional)" type="tel" autoComplete="tel" width="20ch" />
        <TextInput {...field(props, "url")} label="Website (optional)" type="url" hint="Starting with https://" spellCheck={false} />
      </fieldset>
    </>
  );
}
