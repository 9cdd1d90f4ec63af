"use client";

import { useState } from "react";
import { Button, Checkboxes, TextInput } from "@/components/ui";
import { VenuePinMap } from "@/components/map/venue-pin-map";
import { text } from "@/lib/listing-form/form-values";
import { MAX_VENUE_ROWS, readVenueRows, venueLabel, type VenueRow } from "@/lib/listing-form/venue-rows";
import { field, type FieldsProps } from "./field-props";

type Props = FieldsProps & { tileUrl: string };

export function VenueFields(props: Props) {
  const rows = readVenueRows(props.values);
  const intent = text(props.values, "intent");
  return (
    <div id="locations" tabIndex={-1}>
      <p className="mb-6 max-w-measure">
        Start with the postcode: we use it to put the venue on the map and to show it in searches nearby.
        {rows.length > 1 ? " If you remove a venue, its sessions move to the first venue." : null}
      </p>
      {rows.map((row, i) => (
        <VenueRowFields
          key={i}
          {...props}
          index={i}
          row={row}
          count={rows.length}
          focus={intent === "add-venue" && i === rows.length - 1}
        />
      ))}
      {rows.length < MAX_VENUE_ROWS ? (
        <Button variant="secondary" name="intent" value="add-venue">
          Add another venue
        </Button>
      ) : null}
    </div>
  );
}

function VenueRowFields({
  index,
  row,
  count,
  focus,
  tileUrl,
  ...props
}: Props & { index: number; row: VenueRow; count: number; focus: boolean }) {
  const path = (name: string) => `locations.${index}.${name}`;
  const [pin, setPin] = useState(row.lat && row.lng ? { lat: Number(row.lat), lng: Number(row.lng) } : null);
  const name = count > 1 ? `Venue ${index + 1}` : "The venue";
  return (
    <fieldset className="mb-8 border-l-4 border-rule pl-4 sm:pl-6">
      <legend className="mb-4 text-heading-m font-bold">{name}</legend>
      <TextInput {...field(props, path("postcode"))} label="Postcode" autoComplete="postal-code" width="10ch" autoFocus={focus} />
      <div className="-mt-4 mb-6 sm:-mt-6 sm:mb-8">
        <Button variant="secondary" name="intent" value={`find-postcode-${index}`}>
          Find postcode<span className="sr-only"> of {name.toLowerCase()}</span>
        </Button>
      </div>
      <TextInput
        {...field(props, path("name"))}
        label="Venue name (optional)"
        hint="For example: Square Chapel Arts Centre"
        autoComplete="off"
      />
      <TextInput {...field(props, path("address1"))} label="Address line 1" autoComplete="address-line1" />
      <TextInput {...field(props, path("address2"))} label="Address line 2 (optional)" autoComplete="address-line2" />
      <TextInput {...field(props, path("city"))} label="Town or city" autoComplete="address-level2" width="20ch" />
      <Checkboxes
        name={path("hideExactAddress")}
        id={`locations-${index}-hideExactAddress`}
        defaultValue={row.hideExactAddress === "yes" ? ["yes"] : []}
        label="Is this someone's home?"
        options={[
          {
            value: "yes",
            label: "Yes, hide the address",
            hint: "The public will only see the area (like HX1) and a rough point on the map.",
          },
        ]}
      />
      {pin ? (
        <VenuePinMap
          lat={pin.lat}
          lng={pin.lng}
          tileUrl={tileUrl}
          label={venueLabel({ name: row.name, address1: row.address1 }, index)}
          onMove={(lat, lng) => setPin({ lat, lng })}
        />
      ) : (
        <p className="mb-6 text-muted">Find the postcode to see the venue on a map and move the pin to the entrance.</p>
      )}
      <input type="hidden" name={path("lat")} value={pin?.lat ?? ""} />
      <input type="hidden" name={path("lng")} value={pin?.lng ?? ""} />
      <input type="hidden" name={path("pinPostcode")} value={row.pinPostcode} />
      <input type="hidden" name={path("origin")} value={row.origin} />
      {count > 1 ? (
        <Button variant="secondary" name="intent" value={`remove-venue-${index}`}>
          Remove<span className="sr-only"> {name.toLowerCase()}</span>
        </Button>
      ) : null}
    </fieldset>
  );
}
