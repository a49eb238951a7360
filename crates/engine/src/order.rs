//! Sorting by one key, in one place. Every `sort_by_key` on another type
//! or with another closure is a copy of the standard library's sort in the
//! wasm (about 5 KB each, 77 functions across seven call sites); the
//! engine's few sorts go through these two instead: the order of a list's
//! indices by a Decimal or f64 key, stable (ties keep list order).

use rust_decimal::Decimal;

/// The indices of `keys` from the smallest key to the largest; equal keys
/// in list order.
pub fn by_decimal(keys: &[Decimal]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_by(|&a, &b| keys[a].cmp(&keys[b]));
    order
}

/// The same for f64 keys, in `total_cmp` order.
pub fn by_f64(keys: &[f64]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_by(|&a, &b| keys[a].total_cmp(&keys[b]));
    order
}

/// `items` put in `order` (a permutation of their indices).
pub fn arrange<T>(items: Vec<T>, order: &[usize]) -> Vec<T> {
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order.iter().filter_map(|&i| slots[i].take()).collect()
}

/// Decimal values from the smallest to the largest.
pub fn sorted_decimals(values: Vec<Decimal>) -> Vec<Decimal> {
    let order = by_decimal(&values);
    arrange(values, &order)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn equal_keys_keep_their_order() {
        let keys = [dec!(2), dec!(1), dec!(2), dec!(0)];
        assert_eq!(by_decimal(&keys), [3, 1, 0, 2]);
        assert_eq!(by_f64(&[0.5, -1.0, 0.5, f64::NAN]), [1, 0, 2, 3]);
        assert_eq!(
            arrange(vec!['a', 'b', 'c', 'd'], &[3, 1, 0, 2]),
            ['d', 'b', 'a', 'c']
        );
        assert_eq!(
            sorted_decimals(vec![dec!(3), dec!(-1), dec!(2)]),
            [dec!(-1), dec!(2), dec!(3)]
        );
    }
}
