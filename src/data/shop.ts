import type {Lexicon} from './lexicon.js'

/**
 * Buttons and labels of a shop that are debris alone on a line (or in a row
 * with prices and other buttons: `$115 Add to cart`), lower case, without
 * their punctuation (`Add to cart>`).
 *
 * ###### Notes
 * Seen on the product and listing pages of the page-type dev set
 * (WooCommerce `Add to cart`, `Choose an option`; Etsy `Add to Favorites`;
 * Shopify `Buy Now`, `Out of Stock`; `Add to wishlist`, `View Cart 0`).
 */
export const strongButtons: Lexicon = {
  en: [
    'add to bag',
    'add to basket',
    'add to cart',
    'add to compare',
    'add to favorites',
    'add to favourites',
    'add to registry',
    'add to wish list',
    'add to wishlist',
    // A badge of a listing’s items (17 times on 2 pages).
    'best seller',
    'bestseller',
    'buy it now',
    'choose an option',
    'choose options',
    'filter & sort',
    'filter and sort',
    'in stock',
    'notify me when available',
    'out of stock',
    'pre-order now',
    'proceed to checkout',
    'quick shop',
    'quick view',
    'select options',
    'shop now',
    'sold out',
    'sort & filter',
    'sort and filter',
    'view basket',
    'view cart'
  ],
  de: ['ausverkauft', 'auf lager', 'in den warenkorb', 'jetzt kaufen', 'nicht auf lager', 'zum warenkorb', 'auf die wunschliste'],
  fr: ['acheter maintenant', 'ajouter au panier', 'en rupture de stock', 'en stock', 'rupture de stock', 'voir le panier'],
  es: ['agotado', 'agregar al carrito', 'añadir a la cesta', 'añadir al carrito', 'comprar ahora', 'sin stock', 'ver carrito'],
  it: ['acquista ora', 'aggiungi al carrello', 'compra ora', 'esaurito', 'vai al carrello'],
  pt: ['adicionar ao carrinho', 'comprar agora', 'esgotado', 'fora de estoque', 'em estoque', 'ver carrinho'],
  nl: ['in winkelmand', 'in winkelwagen', 'nu kopen', 'niet op voorraad', 'op voorraad', 'toevoegen aan winkelwagen', 'uitverkocht'],
  pl: ['do koszyka', 'dodaj do koszyka', 'kup teraz', 'produkt niedostępny'],
  sv: ['i lager', 'köp nu', 'lägg i varukorgen', 'slutsåld'],
  da: ['køb nu', 'læg i kurv', 'på lager', 'udsolgt'],
  nb: ['kjøp nå', 'legg i handlekurven', 'på lager', 'utsolgt'],
  cs: ['do košíku', 'přidat do košíku', 'skladem', 'vyprodáno'],
  tr: ['hemen al', 'sepete ekle', 'stokta yok', 'tükendi'],
  ru: ['в корзину', 'добавить в корзину', 'купить сейчас', 'в наличии', 'нет в наличии'],
  uk: ['в кошик', 'додати в кошик', 'купити зараз', 'в наявності', 'немає в наявності'],
  ja: ['カートに入れる', 'カートに追加', '今すぐ購入', '在庫あり', '在庫切れ', '売り切れ'],
  zh: ['加入购物车', '立即购买', '有货', '缺货', '已售罄'],
  ko: ['장바구니 담기', '바로 구매', '바로구매', '품절'],
  id: ['beli sekarang', 'stok habis', 'tambah ke keranjang'],
  vi: ['còn hàng', 'hết hàng', 'mua ngay', 'thêm vào giỏ hàng'],
  ar: [
    'أضف إلى السلة',
    'أضف الى السلة',
    'إضافة إلى السلة',
    'اشتر الآن',
    'عرض السلة',
    'غير متوفر في المخزون',
    'متوفر في المخزون',
    'نفذت الكمية'
  ],
  fa: ['افزودن به سبد', 'افزودن به سبد خرید', 'در انبار موجود نمی باشد', 'مشاهده سبد خرید', 'موجود در انبار', 'ناموجود'],
  el: [
    'άμεσα διαθέσιμο',
    'εκτός αποθέματος',
    'εξαντλημένο',
    'προβολή καλαθιού',
    'προσθήκη στο καλάθι',
    'σε απόθεμα'
  ],
  ro: ['adaugă în coș', 'adaugă în coş', 'cumpără acum', 'stoc epuizat', 'vezi coșul', 'în stoc'],
  hu: ['kosárba', 'kosárba rakom', 'kosárba teszem', 'kosár megtekintése', 'nincs raktáron', 'raktáron', 'elfogyott'],
  he: ['אזל מהמלאי', 'אין במלאי', 'במלאי', 'הוספה לסל', 'הוסף לסל', 'מעבר לקופה', 'צפייה בסל', 'קנה עכשיו'],
  hi: ['अभी खरीदें', 'अभी ख़रीदें', 'आउट ऑफ स्टॉक', 'कार्ट में जोड़ें', 'कार्ट में डालें', 'स्टॉक में है', 'स्टॉक में नहीं है'],
  th: ['ซื้อเลย', 'ดูตะกร้าสินค้า', 'มีสินค้า', 'สินค้าหมด', 'หยิบใส่ตะกร้า', 'เพิ่มลงตะกร้า', 'เพิ่มไปยังรถเข็น'],
  fi: [
    'ei varastossa',
    'lisää koriin',
    'lisää ostoskoriin',
    'loppu varastosta',
    'loppuunmyyty',
    'näytä ostoskori',
    'osta nyt',
    'varastossa'
  ],
  bg: [
    'в наличност',
    'виж количката',
    'добави в количката',
    'добави в кошницата',
    'изчерпан',
    'изчерпано',
    'купи сега',
    'няма наличност'
  ]
}

/**
 * Buttons of a shop that are also ordinary words: debris only in a row with
 * another button (`Compare Add to cart`, `Qty 1 Add to cart`).
 */
export const weakButtons: Lexicon = {
  // `Buy now!` alone is the example of a rule of your own in the tests and
  // docs, and a line of the gold of older pages (scrapinghub): only in a row.
  en: ['buy now', 'checkout', 'clear', 'compare', 'qty', 'quantity', 'reviews', 'save', 'share', 'wishlist'],
  de: ['menge', 'vergleichen'],
  fr: ['comparer', 'quantité'],
  es: ['cantidad', 'comparar'],
  it: ['confronta', 'quantità'],
  pt: ['comparar', 'quantidade'],
  nl: ['aantal', 'vergelijken'],
  ar: ['الكمية', 'مقارنة'],
  fa: ['تعداد', 'مقایسه'],
  el: ['ποσότητα', 'σύγκριση'],
  ro: ['cantitate', 'compară'],
  hu: ['mennyiség', 'összehasonlítás'],
  he: ['השוואה', 'כמות'],
  hi: ['तुलना करें', 'मात्रा'],
  th: ['จำนวน', 'เปรียบเทียบ'],
  fi: ['määrä', 'vertaa'],
  bg: ['количество', 'сравни']
}

/**
 * Whole-line notices of a shop, lower case, without their end punctuation.
 *
 * ###### Notes
 * The headings of cross-selling lists are notices too
 * (`crossSellHeadings`).
 */
export const notices: Lexicon = {
  en: [
    'be the first to review this product',
    'no reviews yet',
    'share this product',
    'there are no reviews yet',
    'there was an error retrieving your wish lists. please try again',
    'this product has no reviews yet',
    'write a review',
    'your cart is currently empty',
    'your cart is empty'
  ],
  de: ['bewertung schreiben', 'eine bewertung schreiben', 'ihr warenkorb ist leer'],
  fr: ['donnez votre avis', 'rédiger un avis', 'votre panier est vide'],
  es: ['escribe una reseña', 'tu carrito está vacío'],
  it: ['il tuo carrello è vuoto', 'scrivi una recensione'],
  pt: ['escreva uma avaliação', 'seu carrinho está vazio'],
  nl: ['je winkelwagen is leeg', 'schrijf een review'],
  pl: ['napisz opinię', 'twój koszyk jest pusty'],
  sv: ['din varukorg är tom', 'skriv en recension'],
  ru: ['ваша корзина пуста', 'написать отзыв'],
  ja: ['カートは空です', 'レビューを書く'],
  zh: ['购物车是空的', '写评论'],
  ar: ['اكتب مراجعة', 'سلة مشترياتك فارغة', 'سلة المشتريات فارغة', 'لا يوجد أي مراجعات بعد', 'لا توجد مراجعات بعد'],
  fa: ['سبد خرید شما خالی است', 'سبد خرید شما در حال حاضر خالی است', 'هیچ دیدگاهی برای این محصول نوشته نشده است'],
  el: ['γράψτε μια αξιολόγηση', 'δεν υπάρχουν αξιολογήσεις ακόμη', 'το καλάθι σας είναι άδειο'],
  ro: ['coșul de cumpărături este gol', 'coșul tău este gol', 'nu există recenzii încă', 'scrie o recenzie'],
  hu: ['a kosár üres', 'a kosarad üres', 'a kosár jelenleg üres', 'még nincsenek értékelések', 'értékelés írása'],
  he: [
    'אין עדיין ביקורות',
    'הסל שלך ריק',
    'כתיבת ביקורת',
    'כתוב ביקורת',
    'סל הקניות ריק',
    'סל הקניות שלך ריק',
    'סל הקניות שלך ריק כרגע'
  ],
  hi: ['अभी तक कोई समीक्षा नहीं', 'आपका कार्ट खाली है', 'आपकी कार्ट खाली है', 'समीक्षा लिखें'],
  th: ['ตะกร้าสินค้าว่างเปล่า', 'ยังไม่มีรีวิว', 'ไม่มีสินค้าในตะกร้า', 'เขียนรีวิว'],
  fi: ['arvosteluja ei vielä ole', 'kirjoita arvostelu', 'ostoskori on tyhjä', 'ostoskorisi on tyhjä'],
  bg: ['все още няма отзиви', 'вашата количка е празна', 'количката ви е празна', 'напишете отзив', 'напиши отзив']
}

/**
 * Headings of a shop's cross-selling lists, lower case: the products under
 * them are the shop's, not the page's (`Customers who bought this item also
 * bought`, `Related products`). The shop rule strips the heading; the
 * locator ends the page's main content there, as at a related heading.
 */
export const crossSellHeadings: Lexicon = {
  en: [
    'customers also bought',
    'customers also viewed',
    'customers who bought this item also bought',
    'customers who viewed this item also viewed',
    'frequently bought together',
    'people who viewed this item also viewed',
    'recently viewed',
    'recently viewed items',
    'recently viewed products',
    'related items',
    'related products',
    'similar items',
    'similar products'
  ],
  de: ['ähnliche produkte', 'kunden kauften auch', 'zuletzt angesehen', 'zuletzt angesehene produkte'],
  fr: ['les clients ont également acheté', 'produits similaires', 'récemment consultés'],
  es: ['los clientes también compraron', 'productos relacionados', 'productos similares', 'vistos recientemente'],
  it: ['i clienti hanno acquistato anche', 'prodotti correlati', 'prodotti simili', 'visti di recente'],
  pt: ['produtos relacionados', 'produtos semelhantes', 'quem comprou, comprou também', 'vistos recentemente'],
  nl: ['gerelateerde producten', 'klanten kochten ook', 'onlangs bekeken', 'vergelijkbare producten'],
  pl: ['klienci kupili również', 'ostatnio oglądane', 'podobne produkty'],
  sv: ['liknande produkter', 'senast visade'],
  da: ['lignende produkter', 'senest sete'],
  nb: ['lignende produkter', 'sist sett'],
  cs: ['naposledy prohlížené', 'podobné produkty'],
  tr: ['benzer ürünler', 'son görüntülenen ürünler'],
  ru: ['недавно просмотренные', 'похожие товары', 'с этим товаром покупают'],
  uk: ['нещодавно переглянуті', 'схожі товари'],
  ja: ['この商品を買った人はこんな商品も買っています', '最近チェックした商品', '関連商品'],
  zh: ['最近浏览', '相关产品', '相关商品'],
  ko: ['관련 상품', '최근 본 상품'],
  id: ['produk serupa', 'produk terkait'],
  vi: ['sản phẩm liên quan', 'sản phẩm tương tự'],
  ar: ['منتجات ذات صلة', 'منتجات مشابهة'],
  fa: ['محصولات مرتبط', 'محصولات مشابه'],
  el: ['παρόμοια προϊόντα', 'σχετικά προϊόντα'],
  ro: ['produse asemănătoare', 'produse similare', 'produse vizualizate recent'],
  hu: ['hasonló termékek', 'kapcsolódó termékek', 'legutóbb megtekintett termékek'],
  he: ['לקוחות שקנו מוצר זה קנו גם', 'מוצרים דומים', 'מוצרים קשורים', 'מוצרים שנצפו לאחרונה', 'נצפו לאחרונה'],
  hi: ['मिलते-जुलते उत्पाद', 'संबंधित उत्पाद', 'समान उत्पाद', 'हाल ही में देखे गए उत्पाद'],
  th: ['สินค้าที่คล้ายกัน', 'สินค้าที่ดูล่าสุด', 'สินค้าที่เกี่ยวข้อง', 'สินค้าใกล้เคียง'],
  fi: [
    'aiheeseen liittyvät tuotteet',
    'asiakkaat ostivat myös',
    'samankaltaiset tuotteet',
    'viimeksi katsotut',
    'viimeksi katsotut tuotteet'
  ],
  bg: ['подобни продукти', 'последно разгледани', 'последно разгледани продукти', 'свързани продукти']
}

/**
 * Headings of a product page's customer reviews, lower case: what follows
 * is what buyers wrote, not the product's description (the locator ends the
 * page's main content there, as at a comment heading).
 *
 * ###### Notes
 * Not a bare `Reviews`: a tab or a menu item of many shops, above the
 * description as often as below it.
 */
export const reviewHeadings: Lexicon = {
  en: ['customer reviews', 'product reviews', 'ratings & reviews', 'ratings and reviews'],
  de: ['kundenbewertungen', 'kundenrezensionen'],
  fr: ['avis clients', 'avis des clients'],
  es: ['opiniones de clientes', 'opiniones de los clientes', 'reseñas de clientes'],
  it: ['recensioni dei clienti', 'recensioni clienti'],
  pt: ['avaliações de clientes', 'avaliações dos clientes'],
  nl: ['klantbeoordelingen', 'klantenreviews'],
  pl: ['opinie klientów'],
  sv: ['kundrecensioner', 'kundomdömen'],
  da: ['kundeanmeldelser'],
  nb: ['kundeanmeldelser'],
  cs: ['recenze zákazníků', 'hodnocení zákazníků'],
  tr: ['müşteri yorumları', 'müşteri değerlendirmeleri'],
  ru: ['отзывы покупателей', 'отзывы клиентов'],
  uk: ['відгуки покупців', 'відгуки клієнтів'],
  ja: ['カスタマーレビュー'],
  zh: ['顾客评价', '用户评价'],
  ko: ['고객 리뷰', '상품 리뷰'],
  id: ['ulasan pelanggan'],
  vi: ['đánh giá của khách hàng'],
  ar: ['آراء العملاء', 'تقييمات العملاء', 'مراجعات العملاء'],
  fa: ['نظرات خریداران'],
  el: ['αξιολογήσεις πελατών', 'κριτικές πελατών'],
  ro: ['recenzii clienți', 'recenziile clienților'],
  hu: ['vásárlói vélemények', 'vásárlói értékelések'],
  he: ['ביקורות לקוחות', 'חוות דעת לקוחות'],
  hi: ['ग्राहक समीक्षाएँ', 'ग्राहक समीक्षाएं'],
  th: ['รีวิวจากลูกค้า', 'รีวิวสินค้า'],
  fi: ['asiakasarvostelut', 'asiakkaiden arvostelut'],
  bg: ['клиентски отзиви', 'отзиви от клиенти']
}

/**
 * Words of a rating or review count, per language: `stars`, `reviews`,
 * `ratings` (`4.5 out of 5 stars`, `(123 reviews)`, `Rated 4.76 out of 5
 * based on 29 customer ratings`).
 *
 * ###### Notes
 * Not the words of other counters, nor English words in another language’s
 * list (French `notes`, Portuguese `comentários`): `12 notes` is text.
 */
export const reviewWords: Lexicon = {
  en: ['customer ratings', 'customer reviews', 'global ratings', 'ratings', 'rating', 'reviews', 'review', 'votes'],
  de: ['bewertungen', 'bewertung', 'rezensionen', 'rezension', 'kundenbewertungen', 'sterne'],
  fr: ['avis', 'avis clients', 'évaluations'],
  es: ['opiniones', 'reseñas', 'valoraciones', 'calificaciones', 'estrellas'],
  it: ['recensioni', 'recensione', 'valutazioni', 'stelle'],
  pt: ['avaliações', 'avaliação', 'estrelas'],
  nl: ['beoordelingen', 'recensies', 'reviews', 'sterren'],
  pl: ['opinie', 'opinii', 'oceny', 'ocen', 'gwiazdek'],
  sv: ['betyg', 'recensioner', 'omdömen'],
  ru: ['отзывы', 'отзывов', 'отзыва', 'оценок', 'оценки'],
  ja: ['件のレビュー', '件の評価', 'レビュー'],
  zh: ['条评论', '条评价', '评价'],
  ar: ['المراجعات', 'تقييم', 'تقييمات', 'مراجعة', 'مراجعات'],
  el: ['αξιολογήσεις', 'αξιολόγηση', 'κριτικές'],
  ro: ['evaluări', 'recenzie', 'recenzii', 'stele'],
  hu: ['értékelés', 'értékelések', 'vélemény', 'vélemények'],
  he: ['ביקורות', 'דירוגים', 'חוות דעת'],
  hi: ['रेटिंग', 'समीक्षा', 'समीक्षाएँ', 'समीक्षाएं'],
  th: ['การให้คะแนน', 'รีวิว'],
  fi: ['arvio', 'arviota', 'arvostelu', 'arvostelua', 'arvostelut'],
  bg: ['отзив', 'отзива', 'отзиви', 'оценка', 'оценки']
}
