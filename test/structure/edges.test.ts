import {isByline} from '../../src/structure/edges.js'

describe('isByline', function () {
  it.each([
    'By Jane Roe',
    'BY JANE ROE',
    'Written by: AFP',
    'Photos by Getty Images',
    'By Samya Kullab and Vasilisa Stepanenko',
    'Von Nina Magoley',
    'Ein Beitrag von Eva Kirchner-Rätsch',
    'Par Marie Dupont',
    'Por María López y Juan Pérez',
    'Di Marco Rossi',
    'Door Jan de Vries',
    'Autor: Jan Novák',
    'Av Anna Berg',
    'Yazar: Ayşe Yılmaz',
    'Автор: Иван Петров',
    'Oleh Andi Wijaya',
    '文：山田太郎',
    '作者：李明',
    '기자: 김민수'
  ])('should take %j for a byline', function (value) {
    expect(isByline(value)).toBe(true)
  })

  it.each([
    'By the numbers: how the town pays for its library',
    'Text Messages Show the Mayor Knew',
    'Von Berlin nach Rom: die lange Reise des Zuges',
    'Di Maio vince le primarie del partito',
    'Por qué el ayuntamiento cierra el puente',
    'Par ailleurs, la ville ouvre une bibliothèque',
    'Autoren und Verlage streiten über Preise',
    'Byline',
    'The council opened the library on Monday.'
  ])('should not take %j for a byline', function (value) {
    expect(isByline(value)).toBe(false)
  })
})
