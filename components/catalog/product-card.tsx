"use client";

import Link from "next/link";
import { Fragment } from "react";
import { CompareButton } from "@/components/compare/compare-button";
import { DemoBadge } from "@/components/ui/demo-badge";

/** One key spec as a card shows it: already formatted in the visitor's units. */
export interface CardSpec {
  key: string;
  label: string;
  /** "262 ft", or "Not stated". */
  display: string;
  stated: boolean;
}

export interface ProductCardProps {
  slug: string;
  name: string;
  manufacturer: string;
  categoryName: string;
  demo: boolean;
  keySpecs: CardSpec[];
  /** The visitor's compare tray, for the Compare button's state. */
  tray: readonly string[];
}

// A product in a list: name, maker, category and the category's key specs in the visitor's units. A client
// component fed formatted strings (see catalog-product-card.tsx), so a list page sends data, not card markup.
export function ProductCard(props: ProductCardProps) {
  return (
    <article className="card" data-testid="product-card">
      <div className="flex items-start justify-between gap-2">
        <h3 className="font-semibold">
          <Link href={`/products/${props.slug}`} className="text-brand-700 hover:underline">
            {props.manufacturer} {props.name}
          </Link>
        </h3>
        {props.demo && <DemoBadge />}
      </div>
      <p className="text-xs text-slate-600">{props.categoryName}</p>
      <dl className="card-specs">
        {props.keySpecs.map((spec) => (
          <Fragment key={spec.key}>
            <dt>{spec.label}</dt>
            <dd className={spec.stated ? undefined : "not-stated"} data-testid={`key-spec-${spec.key}`}>
              {spec.display}
            </dd>
          </Fragment>
        ))}
      </dl>
      <div className="mt-auto pt-3">
        <CompareButton slug={props.slug} name={`${props.manufacturer} ${props.name}`} tray={props.tray} />
      </div>
    </article>
  );
}
