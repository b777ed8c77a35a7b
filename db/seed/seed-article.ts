import type { SeedProduct, SeedSpec } from "./types";

// The four products of the seed article (db/seed/seed-article.txt, a copy of shared/seed/seed-article.txt), with
// exactly the facts it states; each value's source is the sentence that states it. Everything else is not stated.

const NEW_PRODUCTS = "Seed article, “New Products” section";

const sentences = {
  saltoDesign: "The SALTO XS4 Original+ design is based on the same proven housing and mechanical mechanisms of the XS4 Original.",
  saltoBluenet: "The XS4 Original+, however, is embedded with SALTO’s BLUEnet real-time functionality and SVN-Flex capability that enables SALTO stand-alone smart XS4 Original+ locks to update user credentials directly at the door.",
  saltoCompatible: "Compatible with the array of SALTO platform solutions including SALTO Space data-on-card, SALTO KS Keys as a Service cloud-based access solution, and SALTO’s JustIn Mobile technology for digital keys.",
  saltoCredentials: "The XS4 Original+ also includes RFID Mifare DESFire, Bluetooth LE and NFC technology functionality.",
  comnetMain: "The ComNet cost-efficient CNGE6FX2TX4PoE is a six-port switch that offers four Gbps TX ports that support the IEEE802.3at standard and provide up to 30 watts of PoE to PDs.",
  comnetCombo: "It also has a dedicated FX/TX combination port as well as a single FX SFP to act as an additional port or an uplink port, giving the user additional options in managing network traffic.",
  comnetEnvironment: "The CNGE6FX2TX4PoE is designed for use in unconditioned environments and typically used in perimeter surveillance.",
  a8vPortable: "Hexagon’s Geosystems presents a portable version of its Accur8vision detection system.",
  a8vRugged: "A rugged all-in-one solution, the A8V\u00a0MIND\u00a0(Mobile Intrusion Detection) is designed to provide flexible protection of critical outdoor infrastructure\u00a0and\u00a0objects.",
  a8vLidar: "Hexagon’s Accur8vision is a volumetric detection system that employs LiDAR technology to safeguard entire areas.",
  a8vRadius: "Person detection is carried out within a radius of 80 meters from this device.",
  salient: "In alignment with the state of Mississippi’s mission of “Empowering Mississippi citizens to stay connected and engaged with their government,” Salient's CompleteView VMS is being installed throughout more than 150 state boards, commissions and agencies in order to ensure safety for thousands of constituents who access state services daily.",
} as const;

/** The article's sentences used as sources, for the test that holds them to the article verbatim. */
export const seedArticleSentences: readonly string[] = Object.values(sentences);

function stated(value: SeedSpec["value"], ...quotes: string[]): SeedSpec {
  return { value, source: { kind: "seed_article", title: NEW_PRODUCTS, quote: quotes.join(" ") } };
}

// The seed-article products; for the seed script and tests.
export function buildSeedArticleProducts(): SeedProduct[] {
  return [
    {
      slug: "salto-xs4-original-plus",
      name: "XS4 Original+",
      modelNumber: "XS4 Original+",
      manufacturer: { slug: "salto", name: "SALTO" },
      category: "electronic-locks",
      summary: `${sentences.saltoDesign} ${sentences.saltoBluenet}`,
      demo: false,
      specs: {
        credential_technologies: stated(["mifare_desfire", "ble", "nfc"], sentences.saltoCredentials),
        online_modes: stated(["offline", "data_on_card", "real_time"], sentences.saltoBluenet, sentences.saltoCompatible),
      },
    },
    {
      slug: "comnet-cnge6fx2tx4poe",
      name: "CNGE6FX2TX4PoE",
      modelNumber: "CNGE6FX2TX4PoE",
      manufacturer: { slug: "comnet", name: "ComNet" },
      category: "network-switches",
      summary: sentences.comnetMain,
      demo: false,
      specs: {
        ports_total: stated(6, sentences.comnetMain),
        poe_ports: stated(4, sentences.comnetMain),
        poe_standard: stated("at", sentences.comnetMain),
        poe_power_per_port: stated(30, sentences.comnetMain),
        copper_port_speed: stated(1e9, sentences.comnetMain),
        combo_ports: stated(1, sentences.comnetCombo),
        sfp_ports: stated(1, sentences.comnetCombo),
        hardened: stated(true, sentences.comnetEnvironment),
      },
    },
    {
      slug: "hexagon-a8v-mind",
      name: "A8V MIND",
      modelNumber: "A8V MIND",
      manufacturer: { slug: "hexagon-geosystems", name: "Hexagon Geosystems" },
      category: "perimeter-detection",
      summary: `${sentences.a8vPortable} ${sentences.a8vRugged}`,
      demo: false,
      specs: {
        detection_technology: stated("lidar", sentences.a8vLidar),
        application: stated("outdoor_volumetric", sentences.a8vLidar, sentences.a8vRugged),
        detection_radius: stated(80, sentences.a8vRadius),
        portable: stated(true, sentences.a8vPortable),
      },
    },
    {
      slug: "salient-completeview",
      name: "CompleteView",
      modelNumber: "CompleteView",
      manufacturer: { slug: "salient", name: "Salient" },
      category: "video-management",
      summary: sentences.salient,
      demo: false,
      specs: {},
    },
  ];
}

