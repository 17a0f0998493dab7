import {clean} from '../../src/index.js'
import {languageCodes, prose, type LanguageCode} from '../util/prose.js'
import {expectStripped, headline} from './page.js'

/**
 * The cart button and a stock label of a product page, in each language.
 */
const debris: Readonly<Record<LanguageCode, readonly [string, string]>> = {
  en: ['Add to cart', 'In stock'],
  de: ['In den Warenkorb', 'Auf Lager'],
  fr: ['Ajouter au panier', 'En stock'],
  es: ['Añadir al carrito', 'Agotado'],
  it: ['Aggiungi al carrello', 'Esaurito'],
  pt: ['Adicionar ao carrinho', 'Esgotado'],
  nl: ['In winkelwagen', 'Op voorraad'],
  pl: ['Dodaj do koszyka', 'Produkt niedostępny'],
  sv: ['Lägg i varukorgen', 'I lager'],
  da: ['Læg i kurv', 'På lager'],
  nb: ['Legg i handlekurven', 'Utsolgt'],
  cs: ['Přidat do košíku', 'Skladem'],
  tr: ['Sepete ekle', 'Tükendi'],
  ru: ['Добавить в корзину', 'Нет в наличии'],
  uk: ['Додати в кошик', 'Немає в наявності'],
  ja: ['カートに入れる', '在庫切れ'],
  zh: ['加入购物车', '缺货'],
  ko: ['장바구니 담기', '품절'],
  id: ['Tambah ke keranjang', 'Stok habis'],
  vi: ['Thêm vào giỏ hàng', 'Hết hàng'],
  ar: ['أضف إلى السلة', 'نفذت الكمية'],
  fa: ['افزودن به سبد خرید', 'ناموجود'],
  el: ['Προσθήκη στο καλάθι', 'Εξαντλημένο'],
  ro: ['Adaugă în coș', 'În stoc'],
  hu: ['Kosárba', 'Nincs raktáron'],
  he: ['הוספה לסל', 'אזל מהמלאי'],
  hi: ['कार्ट में जोड़ें', 'स्टॉक में नहीं है'],
  th: ['หยิบใส่ตะกร้า', 'สินค้าหมด'],
  fi: ['Lisää ostoskoriin', 'Loppu varastosta'],
  bg: ['Добави в количката', 'Изчерпан']
}

/**
 * A product page in a language: name, description, stock, cart button.
 *
 * @param code
 *   Language.
 * @returns
 *   Page.
 */
function page(code: LanguageCode): string {
  const [first, second] = prose[code]
  const [button, stock] = debris[code]
  return [headline(code), first, second, stock, button].join('\n\n')
}

describe('shop debris in 30 languages', function () {
  it.each(languageCodes)('should strip the shop debris of a product page in %s as `shop`, and keep its text', function (code) {
    expectStripped(code, page(code), debris[code], 'shop')
  })

  it.each(['de', 'fr', 'ru', 'ja'] as const)('should keep it in %s with `shop` off', function (code) {
    const result = clean(page(code), {rules: {shop: false}})
    expect(result.stripped.filter((item) => item.category === 'shop')).toEqual([])
    expect(result.text).toContain(debris[code][0])
  })
})
