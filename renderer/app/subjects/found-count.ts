/**
 * How many subjects a name search found, in one wording for every search: the core returns the best matches
 * and whether more match (it never counts them all), so beyond the list the count is "more than".
 */
export const foundSubjects = (count: number, more: boolean): string =>
  more
    ? `匹配的主体超过 ${count} 个，以下是最接近的 ${count} 个；输入更完整的名称可缩小范围`
    : `找到 ${count} 个主体`;
